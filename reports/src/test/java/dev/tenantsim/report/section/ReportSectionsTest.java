package dev.tenantsim.report.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ReportSectionsTest {
    @Test
    void theShowListNamesAreTheOptionalSectionsInPageOrder() {
        assertEquals(List.of("summary", "latencyByTier", "noisyNeighbors", "blastRadius", "utilization", "cost", "priceSheet"),
                ReportSections.names());
    }

    @Test
    void theDescriptionsFollowTheShowListNames() {
        assertEquals(ReportSections.names(), List.copyOf(ReportSections.describe().keySet()));
        assertEquals("latency percentiles per tier, and each tier's SLO error budget and burn rate", ReportSections.describe().get("latencyByTier"));
    }

    @Test
    void everySectionHasAUniqueNameAndADescription() {
        Set<String> seen = new HashSet<>();
        for (ReportSection s : ReportSections.all()) {
            assertTrue(seen.add(s.name()), "duplicate section name " + s.name());
            assertTrue(s.name().matches("[a-z][A-Za-z]*"), s.name());
            assertTrue(!s.description().isBlank(), s.name());
        }
    }

    @Test
    void aShowListKeepsTheSectionsEveryPageHas() {
        List<String> shown = ReportSections.of(List.of("cost")).stream().map(ReportSection::name).toList();
        assertEquals(List.of("notes", "events", "cost", "tenants", "glossary", "files"), shown);
        assertEquals(ReportSections.all(), List.copyOf(ReportSections.of(List.of())), "no list shows everything");
    }

    @Test
    void aSectionIsFoundByItsNameAndAnUnknownNameListsTheAllowedOnes() {
        assertSame(ReportSections.selectable().get(1), ReportSections.named("latencyByTier"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportSections.named("latency"));
        assertEquals("report section (latency) must be one of summary, latencyByTier, noisyNeighbors, blastRadius, utilization, "
                + "cost, priceSheet", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportSections.named("glossary"), "always shown: not a show-list name");
    }
}
