/**
 * A run's report folder written from a {@code RunOutcome} and nothing else: {@code ReportWriter}
 * (index.html, PNG charts, CSV tables, results.json, written atomically by {@code AtomicFolder}),
 * the plain-language summary and the number formats people read.
 *
 * <p>Golden files: {@code reports/src/test/resources/golden/} holds every CSV table, results.json
 * and the text of index.html for a fixed outcome ({@code ReportGoldenTest}). After a deliberate
 * change of the report, rewrite them with {@code -Dgolden.update=true} and review the git diff:
 * {@code mvn -B -q -o test -pl reports -am -Dtest=ReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}.
 */
package dev.tenantsim.report;
