package dev.tenantsim.cost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The cost model reads results; it never reaches into the simulation, and it draws no random numbers. */
final class CostModelArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.tenantsim.cost");

    @Test
    void costModelDoesNotDependOnTheSimulationEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.tenantsim.engine..", "dev.tenantsim.placement..",
                "dev.tenantsim.report..", "dev.tenantsim.scenario..").check(MAIN);
    }

    @Test
    void costModelDrawsNoUnseededRandomNumbers() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().callMethod(Math.class, "random").check(MAIN);
    }
}
