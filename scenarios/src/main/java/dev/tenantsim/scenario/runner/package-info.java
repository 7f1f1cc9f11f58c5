/**
 * The request-level runner: from a scenario to a report outcome through the platform simulator,
 * replications in parallel with common random numbers, and the assembly of the reported figures
 * (OutcomeAssembler, noisy-neighbor solo runs, replica statistics).
 */
package dev.tenantsim.scenario.runner;
