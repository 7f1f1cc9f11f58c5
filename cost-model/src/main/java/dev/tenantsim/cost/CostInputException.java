package dev.tenantsim.cost;

import java.util.List;

/**
 * Bad input to the cost model: a price book, an inventory, a ledger or a contract that cannot be
 * priced. Each problem reads "field (value) rule", prefixed by {@code file:line:column} where the
 * input came from a file; all problems found are reported at once.
 */
public final class CostInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public CostInputException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CostInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public CostInputException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found, in input order. */
    public List<String> problems() {
        return problems;
    }
}
