/**
 * The report's charts rendered to PNG files beside index.html (latency by tier, noisy neighbors,
 * utilization heatmap, blast radius, cost), deterministic for the same outcome.
 */
package dev.tenantsim.report.chart;
