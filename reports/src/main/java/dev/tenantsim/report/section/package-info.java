/**
 * The sections of a run's index.html, each one class that names itself (the {@code report.show}
 * name), describes itself, draws its charts and renders its part of the page; {@code
 * ReportSections} is the one list, in page order, that the writer, the page and {@code tenantsim
 * list report-sections} read.
 */
package dev.tenantsim.report.section;
