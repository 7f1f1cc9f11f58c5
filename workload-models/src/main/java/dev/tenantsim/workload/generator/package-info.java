/**
 * Composable demand generators. A tenant's signature = base rate (users × requests per user per
 * minute / 60, or a generator's {@code rate}) × every generator's rate modifier (mean 1 over its
 * period, except {@code growth}), then optional Poisson counts ({@code poisson}), plus background
 * jobs. Registered by YAML name in {@link dev.tenantsim.workload.generator.GeneratorRegistry}:
 * {@code constant}, {@code poisson}, {@code diurnal}, {@code weekly}, {@code bursty},
 * {@code ci-bursts}, {@code heavy-tailed-jobs}, {@code scheduled-job}, {@code growth}; patterns in
 * {@code generator.pattern}, jobs in {@code generator.job}. Each class's Javadoc states its
 * parameters, defaults and the statistics it promises (tested in {@code GeneratorStatisticsTest}).
 */
package dev.tenantsim.workload.generator;
