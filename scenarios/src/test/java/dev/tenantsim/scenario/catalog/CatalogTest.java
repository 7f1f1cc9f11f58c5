package dev.tenantsim.scenario.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tenantsim.engine.kernel.queue.QueueDisciplines;
import dev.tenantsim.placement.PlacementStrategies;
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
    void everyRegisteredNameHasItsOwnOneLineDescription() {
        for (Catalog c : Catalog.values()) {
            c.describe().forEach((name, text) ->
                    assertNotEquals(Catalog.UNDESCRIBED, text, c.listName() + ": " + name + " needs a line in Catalog"));
        }
    }
}
