package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class QueueDisciplinesTest {

    @Test
    void theRegistryListsTheYamlNames() {
        assertEquals(List.of("fifo", "priority", "drr", "wfq"), QueueDisciplines.names());
    }

    @Test
    void eachNameCreatesItsDiscipline() {
        assertInstanceOf(FifoDiscipline.class, QueueDisciplines.create("fifo", 3));
        assertInstanceOf(StrictPriorityDiscipline.class, QueueDisciplines.create("priority", 3));
        assertInstanceOf(DeficitRoundRobinDiscipline.class, QueueDisciplines.create("drr", 3));
        assertInstanceOf(WeightedFairQueueing.class, QueueDisciplines.create("wfq", 3));
        assertEquals(3, QueueDisciplines.create("wfq", 3).keyCount());
    }

    @Test
    void anUnknownNameFailsWithTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueueDisciplines.create("round-robin", 2));
        assertEquals("queue discipline (round-robin) must be one of fifo, priority, drr, wfq", e.getMessage());
        assertEquals("queue discipline (DRR) must be one of fifo, priority, drr, wfq",
                assertThrows(IllegalArgumentException.class, () -> QueueDisciplines.named("DRR")).getMessage());
        assertEquals("queue discipline (null) must be one of fifo, priority, drr, wfq",
                assertThrows(IllegalArgumentException.class, () -> QueueDisciplines.named(null)).getMessage());
    }

    @Test
    void everyNameResolvesAndEveryDisciplineDescribesItself() {
        for (String name : QueueDisciplines.names()) {
            assertEquals(name, QueueDisciplines.named(name).yamlName());
            assertEquals(2, QueueDisciplines.create(name, 2).keyCount());
        }
        assertEquals(QueueDisciplines.names(), List.copyOf(QueueDisciplines.describe().keySet()));
        QueueDisciplines.describe().forEach((name, text) -> assertFalse(text.isBlank(), name + " needs a description"));
    }

    @Test
    void everyCreateGivesAFreshDiscipline() {
        QueueDiscipline a = QueueDisciplines.DRR.create(1);
        a.enqueue(1, 0, 1.0);
        assertEquals(0, QueueDisciplines.DRR.create(1).size());
    }
}
