package dev.tenantsim.engine.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md and STYLE.md rule 11, for sim-engine's main code. */
final class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tenantsim.engine");

    @Test
    void theKernelNeverDependsOnThePlatformTheFluidPassOrWorkloads() {
        noClasses().that().resideInAPackage("dev.tenantsim.engine.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.tenantsim.engine.platform..", "..fluid..", "dev.tenantsim.workload..")
                .because("the kernel is tenant-agnostic and below the platform model")
                .check(ENGINE);
    }

    @Test
    void nothingInTheEngineDependsOnModulesAboveIt() {
        noClasses().that().resideInAPackage("dev.tenantsim.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.tenantsim.placement..", "dev.tenantsim.cost..",
                        "dev.tenantsim.report..", "dev.tenantsim.scenario..")
                .because("dependencies point down the module stack only")
                .check(ENGINE);
    }

    @Test
    void mainCodeDrawsNoUnseededRandomness() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main), "run from the sim-engine module directory: " + main.toAbsolutePath());
        Pattern banned = Pattern.compile("new\\s+Random\\s*\\(|Math\\s*\\.\\s*random\\s*\\(|ThreadLocalRandom|SecureRandom|new\\s+SplittableRandom");
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = stripComments(Files.readString(f));
                var m = banned.matcher(code);
                while (m.find()) {
                    hits.add(main.relativize(f) + ": " + m.group());
                }
            }
        }
        assertTrue(hits.isEmpty(), "unseeded randomness in main code (use RandomStreams): " + hits);
    }

    private static String stripComments(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }
}
