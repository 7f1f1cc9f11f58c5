package dev.tenantsim.web;

/** A request the server refuses with a status (400, 404, 413) and a message naming what was wrong. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
