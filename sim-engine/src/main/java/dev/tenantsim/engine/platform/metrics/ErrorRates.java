package dev.tenantsim.engine.platform.metrics;

/**
 * The error rate (docs/metrics.md), one definition for a tenant, a tier and a stack: failed
 * requests over the requests that were decided, completed + failed. Requests still unfinished when
 * the span ends (in flight, or in the fluid pass's backlog) are in neither: they are reported as a
 * note, never as errors.
 */
public final class ErrorRates {
    private ErrorRates() {
    }

    /** failed / (completed + failed); 0 when nothing was decided. */
    public static double of(double failed, double completed) {
        return completed + failed > 0 ? failed / (completed + failed) : 0;
    }
}
