/**
 * Golden-file tests of the report folder: a fixed outcome, the files it is written to, and the
 * comparison with {@code src/test/resources/golden/} ({@code -Dgolden.update=true} rewrites them).
 */
package dev.tenantsim.report.golden;
