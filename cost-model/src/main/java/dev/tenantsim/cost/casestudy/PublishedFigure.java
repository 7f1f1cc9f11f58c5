package dev.tenantsim.cost.casestudy;

import dev.tenantsim.cost.Money;
import java.util.Objects;

/**
 * A figure a source published, carried beside what tenantsim computes from the source's own
 * inputs, with the difference explained in words. Never used to adjust a computed number.
 */
public record PublishedFigure(String label, Money published, Money computed, String explanation) {
    public PublishedFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(explanation, "explanation");
        if (!published.equals(computed) && explanation.isBlank()) {
            throw new IllegalArgumentException(label + ": published (" + published + ") differs from computed ("
                    + computed + "); the difference must be explained");
        }
    }

    /** computed − published. */
    public Money difference() {
        return computed.minus(published);
    }
}
