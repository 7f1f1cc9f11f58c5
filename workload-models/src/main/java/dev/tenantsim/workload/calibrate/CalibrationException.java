package dev.tenantsim.workload.calibrate;

/** A trace (or metadata file) that cannot be calibrated, with the tenant, file or row named. */
public final class CalibrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalibrationException(String message) {
        super(message);
    }
}
