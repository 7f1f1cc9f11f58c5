package dev.tenantsim.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The sections of a run's index.html, by the names a scenario's {@code report.show} uses. The
 * CSV tables and results.json always hold everything; {@code show} only trims the page.
 */
public enum Section {
    SUMMARY("summary", "the plain-language summary"),
    LATENCY_BY_TIER("latencyByTier", "latency percentiles per tier"),
    NOISY_NEIGHBORS("noisyNeighbors", "who uses the shared capacity"),
    BLAST_RADIUS("blastRadius", "share of tenants breaching over time"),
    UTILIZATION("utilization", "utilization of each stack over time"),
    COST("cost", "bill of materials and showback"),
    PRICE_SHEET("priceSheet", "isolation-uplift price sheet for the tenants most affected");

    private final String yamlName;
    private final String description;

    Section(String yamlName, String description) {
        this.yamlName = yamlName;
        this.description = description;
    }

    public String yamlName() {
        return yamlName;
    }

    public String description() {
        return description;
    }

    /** The sections named (unknown names are the scenario validator's business); all when none. */
    public static Set<Section> of(List<String> names) {
        if (names.isEmpty()) {
            return EnumSet.allOf(Section.class);
        }
        Set<Section> s = EnumSet.noneOf(Section.class);
        for (Section sec : values()) {
            if (names.contains(sec.yamlName)) {
                s.add(sec);
            }
        }
        return s;
    }
}
