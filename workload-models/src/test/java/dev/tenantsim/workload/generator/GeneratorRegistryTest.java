package dev.tenantsim.workload.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The family's shape: every name resolves, every generator describes itself, an unknown name lists the allowed ones. */
final class GeneratorRegistryTest {
    private static final GeneratorRegistry REGISTRY = GeneratorRegistry.standard();

    @Test
    void everyNameResolvesAndDescribesItself() {
        for (String name : REGISTRY.names()) {
            assertNotNull(REGISTRY.named(name), name);
        }
        assertEquals(List.copyOf(REGISTRY.names()), List.copyOf(REGISTRY.describe().keySet()));
        REGISTRY.describe().forEach((name, text) -> assertFalse(text.isBlank(), name + " needs a description"));
    }

    @Test
    void anUnknownNameListsTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.named("sawtooth"));
        assertEquals("generator (sawtooth) must be one of " + String.join(", ", REGISTRY.names()), e.getMessage());
    }

    @Test
    void aGeneratorWithoutADescriptionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> REGISTRY.with("flat", " ", p -> (ctx, b) -> { }));
    }
}
