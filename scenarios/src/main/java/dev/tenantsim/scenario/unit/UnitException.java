package dev.tenantsim.scenario.unit;

/** A value that does not read as the quantity expected; the message is the rule it broke. */
public final class UnitException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnitException(String rule) {
        super(rule);
    }
}
