/**
 * SLA credits: per-tier credit schedules applied to simulated availability, per replication, with
 * Student-t intervals ({@link dev.tenantsim.cost.sla.SlaCreditCalculator}).
 */
package dev.tenantsim.cost.sla;
