/**
 * The tenantsim command line: one class per command, shared options, the progress bar, and
 * the translation of every user error into a message and exit code 2.
 */
package dev.tenantsim.scenario.cli;
