package dev.tenantsim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md §11: no unseeded randomness, and this module imports nothing of ours. */
final class SourceRulesTest {
    private static final Path MAIN = Path.of("src/main/java");

    private static List<String> offending(Pattern p) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return p.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void mainCodeHasNoUnseededRandomness() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("new Random\\(|Math\\.random\\(|ThreadLocalRandom|java\\.util\\.Random\\b")));
    }

    @Test
    void workloadModelsDependsOnNoOtherModuleOfOurs() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("import dev\\.tenantsim\\.(engine|placement|cost|report|scenario)")));
    }
}
