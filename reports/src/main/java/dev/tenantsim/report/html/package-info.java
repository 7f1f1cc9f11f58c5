/**
 * index.html: the report page in plain words, its sections and charts, and the glossary of
 * the definitions in docs/metrics.md.
 */
package dev.tenantsim.report.html;
