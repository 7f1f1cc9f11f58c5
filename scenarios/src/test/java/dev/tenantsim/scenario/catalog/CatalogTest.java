package dev.tenantsim.scenario.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tenantsim.engine.kernel.queue.QueueDisciplines;
import dev.tenantsim.placement.PlacementStrategies;
import dev.tenantsim.report.section.ReportSections;
import dev.tenantsim.workload.generator.GeneratorRegistry;
import dev.tenantsim.workload.trace.TraceReaderRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CatalogTest {
    @Test
    void theEngineListsAreExactlyTheModuleRegistriesInTheirOrder() {
        assertEquals(List.copyOf(GeneratorRegistry.standard().names()), Catalog.GENERATORS.names());
        assertEquals(List.copyOf(PlacementStrategies.names()), Catalog.STRATEGIES.names());
        assertEquals(QueueDisciplines.names(), Catalog.DISCIPLINES.names());
        assertEquals(List.copyOf(TraceReaderRegistry.standard().names()), Catalog.TRACE_FORMATS.names());
    }

    @Test
    void theEngineLinesAreTheOnesTheMembersCarry() {
        assertEquals(GeneratorRegistry.standard().describe(), Catalog.GENERATORS.describe());
        assertEquals(PlacementStrategies.describe(), Catalog.STRATEGIES.describe());
        assertEquals(QueueDisciplines.describe(), Catalog.DISCIPLINES.describe());
        assertEquals(TraceReaderRegistry.standard().describe(), Catalog.TRACE_FORMATS.describe());
        assertEquals(ReportSections.describe(), Catalog.REPORT_SECTIONS.describe());
    }

    @Test
    void everyNameHasItsOwnOneLineDescription() {
        for (Catalog c : Catalog.values()) {
            c.describe().forEach((name, text) ->
                    assertFalse(text.isBlank() || text.contains("\n"), c.listName() + ": " + name + " needs one line"));
        }
    }
}
