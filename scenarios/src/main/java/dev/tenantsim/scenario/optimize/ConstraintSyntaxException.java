package dev.tenantsim.scenario.optimize;

/**
 * A {@code --subject-to} text that does not parse: the message names the option, the column (1-based) of
 * the problem, what was found and what is allowed, e.g.
 * {@code --subject-to:1:1: p98(pro)<=slo — unknown figure 'p98'; did you mean 'p99'? allowed: ...}.
 */
public final class ConstraintSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int column;

    ConstraintSyntaxException(String source, int column, String clause, String message) {
        super(source + ":" + column + ": " + clause.trim() + " — " + message);
        this.column = column;
    }

    /** 1-based column of the problem in the text. */
    public int column() {
        return column;
    }
}
