package dev.tenantsim.scenario;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, checked over every module (scenarios sees them all on
 * its classpath). Rules over packages that are still empty pass: they start biting when code lands.
 */
final class ArchitectureTest {
    private static JavaClasses classes;

    /**
     * Imports the main classes of every module from their target/classes folders (Surefire sets
     * tenantsim.root); scanning the whole classpath for the package would open every dependency
     * jar and take ten times longer.
     */
    @BeforeAll
    static void importClasses() throws IOException {
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        String root = System.getProperty("tenantsim.root");
        if (root == null) {
            classes = importer.importPackages("dev.tenantsim");
            return;
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(root))) {
            modules.map(m -> m.resolve("target/classes")).filter(Files::isDirectory).sorted().forEach(folders::add);
        }
        classes = importer.importPaths(folders);
    }

    @Test
    void theImportSeesEveryModuleWithCode() {
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("dev.tenantsim.engine.kernel"), "sim-engine");
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("dev.tenantsim.report"), "reports");
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("dev.tenantsim.scenario.cli"), "scenarios");
    }

    @Test
    void workloadDependsOnNoOtherTenantsimPackage() {
        noClasses().that().resideInAPackage("dev.tenantsim.workload..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tenantsim.engine..", "dev.tenantsim.placement..",
                        "dev.tenantsim.cost..", "dev.tenantsim.report..", "dev.tenantsim.scenario..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void kernelNeverUsesThePlatform() {
        noClasses().that().resideInAPackage("dev.tenantsim.engine.kernel..")
                .should().dependOnClassesThat().resideInAPackage("dev.tenantsim.engine.platform..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void engineKnowsNothingOfPlacementCostReportsOrScenarios() {
        noClasses().that().resideInAPackage("dev.tenantsim.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tenantsim.placement..", "dev.tenantsim.cost..",
                        "dev.tenantsim.report..", "dev.tenantsim.scenario..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void placementKnowsNothingOfCostReportsOrScenarios() {
        noClasses().that().resideInAPackage("dev.tenantsim.placement..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tenantsim.cost..", "dev.tenantsim.report..", "dev.tenantsim.scenario..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void costKnowsNothingOfReportsScenariosOrPlacement() {
        noClasses().that().resideInAPackage("dev.tenantsim.cost..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tenantsim.report..", "dev.tenantsim.scenario..", "dev.tenantsim.placement..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void reportsNeverReachIntoScenariosOrTheEngine() {
        noClasses().that().resideInAPackage("dev.tenantsim.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tenantsim.scenario..", "dev.tenantsim.engine..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void noMainCodeDrawsUnseededRandomness() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().callMethod(Math.class, "random")
                .allowEmptyShould(true).check(classes);
    }
}
