package dev.tenantsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be used, with every problem found (not just the first), in file order.
 * A user error: the command line prints the problems and exits with 2.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    public ScenarioException(String source, List<Problem> problems) {
        super(render(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** A single problem with no location (e.g. a file that cannot be read). */
    public static ScenarioException of(String source, String rule) {
        return new ScenarioException(source, List.of(new Problem(dev.tenantsim.scenario.yaml.Location.NONE, "", "", rule)));
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One line per problem. */
    public List<String> lines() {
        return problems.stream().map(p -> p.format(source)).toList();
    }

    private static String render(String source, List<Problem> problems) {
        return problems.stream().map(p -> p.format(source)).collect(Collectors.joining("\n"));
    }
}
