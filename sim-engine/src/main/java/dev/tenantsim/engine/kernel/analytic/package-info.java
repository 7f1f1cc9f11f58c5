/**
 * Closed-form queueing results (Erlang B/C, M/M/c, M/D/1, Pollaczek-Khinchine, processor
 * sharing, Allen-Cunneen): the simulator's validation reference and the fluid pass's
 * approximations.
 */
package dev.tenantsim.engine.kernel.analytic;
