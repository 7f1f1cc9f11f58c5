package dev.tenantsim.scenario.cli;

/** A mistake on the command line found while running a command (exit code 2, message only). */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
