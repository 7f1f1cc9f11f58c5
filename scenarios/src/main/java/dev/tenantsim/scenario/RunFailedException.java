package dev.tenantsim.scenario;

/** A run that could not complete for a reason other than bad input (the command line exits with 1). */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
        super(message);
    }

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
