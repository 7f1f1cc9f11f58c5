package dev.tenantsim.report;

/**
 * The output folder cannot be used as asked (it exists and {@code force} was not given, or it is
 * not a report folder). A user error: the command line reports the message and exits with 2.
 */
public final class ReportFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportFolderException(String message) {
        super(message);
    }
}
