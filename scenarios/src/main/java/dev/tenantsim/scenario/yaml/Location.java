package dev.tenantsim.scenario.yaml;

/** A 1-based line and column in a scenario file; {@link #NONE} for values made in code. */
public record Location(int line, int column) {
    public static final Location NONE = new Location(0, 0);

    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        return known() ? line + ":" + column : "";
    }
}
