package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line end to end, in process. */
final class TenantsimCommandTest {
    @TempDir
    Path dir;

    @Test
    void quickstartRunsEndToEndIntoAFullReport() throws IOException {
        Path out = dir.resolve("quickstart");
        CliHarness.Result r = CliHarness.run("run", "quickstart", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("index.html", "latency-by-tier.png", "noisy-neighbors.png", "blast-radius.png", "utilization.png",
                "cost.png", "tenants.csv", "tiers.csv", "utilization.csv", "windows.csv", "cost.csv", "results.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
            assertTrue(r.out().contains(out.resolve(f).toAbsolutePath().toString()), "the CLI prints the path it wrote: " + f);
        }
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("In plain words") && html.contains("Glossary") && html.contains("<img src=\"blast-radius.png\""), html);
        assertEquals(42, Files.readAllLines(out.resolve("tenants.csv")).size(), "header + 41 tenants");
        byte[] png = Files.readAllBytes(out.resolve("latency-by-tier.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void theSameSeedTwiceGivesByteIdenticalResults() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, CliHarness.run("run", "quickstart", "--replications", "1", "--out", a.toString(), "-q").exit());
        assertEquals(0, CliHarness.run("run", "quickstart", "--replications", "1", "--out", b.toString(), "-q").exit());
        assertArrayEquals(Files.readAllBytes(a.resolve("results.json")), Files.readAllBytes(b.resolve("results.json")));
        assertArrayEquals(Files.readAllBytes(a.resolve("tenants.csv")), Files.readAllBytes(b.resolve("tenants.csv")));
        Path c = dir.resolve("c");
        assertEquals(0, CliHarness.run("run", "quickstart", "--replications", "1", "--seed", "43", "--out", c.toString(), "-q").exit());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("results.json")), Files.readAllBytes(c.resolve("results.json"))),
                "another seed gives other results");
    }

    @Test
    void anExistingReportIsReplacedOnlyWithForce() throws IOException {
        Path out = dir.resolve("r");
        assertEquals(0, CliHarness.run("run", "two-tenant-fairness", "--replications", "1", "--out", out.toString(), "-q").exit());
        CliHarness.Result again = CliHarness.run("run", "two-tenant-fairness", "--replications", "1", "--out", out.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already exists; pass --force to replace it"), again.err());
        assertFalse(again.hasStackTrace(), again.err());
        CliHarness.Result forced = CliHarness.run("run", "two-tenant-fairness", "--replications", "1", "--out", out.toString(), "--force", "-q");
        assertEquals(0, forced.exit(), forced.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("r"), s.map(p -> p.getFileName().toString()).toList(), "no temporary folders left behind");
        }
    }

    @Test
    void compareWritesASideBySideReportWithEachRunInside() throws IOException {
        Path out = dir.resolve("cmp");
        CliHarness.Result r = CliHarness.run("compare", "quickstart", "--replications", "1", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve("comparison.csv")));
        assertTrue(Files.exists(out.resolve("01-base/results.json")));
        assertTrue(Files.exists(out.resolve("02-with-quotas/results.json")));
        assertTrue(r.out().contains("With with-quotas"), r.out());
    }

    @Test
    void sweepRunsEveryGridPointAndValidatesEachFirst() throws IOException {
        Path out = dir.resolve("sweep");
        CliHarness.Result r = CliHarness.run("sweep", "two-tenant-fairness", "--replications", "1",
                "--set", "tiers.standard.rateLimit=500/s,900/s", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, Files.readAllLines(out.resolve("comparison.csv")).size(), "header + two grid points");
        CliHarness.Result bad = CliHarness.run("sweep", "two-tenant-fairness", "--set", "topology.pooled.app.nodes=2,-1");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("topology.pooled.app.nodes: -1 — must be a positive integer (sweep point nodes=-1)"), bad.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "validate", "fingerprint", "place", "price", "list", "optimize", "calibrate"})
    void everyCommandHasHelp(String command) {
        // picocli warns on System.err (not the command's writer) about a help text it cannot format
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        CliHarness.Result r;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
            r = CliHarness.run(command, "--help");
        } finally {
            System.setErr(systemErr);
        }
        assertFalse(warnings.toString(StandardCharsets.UTF_8).contains("Could not format"),
                "a % in a help text must be written %%: " + warnings.toString(StandardCharsets.UTF_8));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Usage: tenantsim " + command), r.out());
    }

    @Test
    void badOptionsExitTwoWithoutAStackTrace() {
        CliHarness.Result r = CliHarness.run("run", "quickstart", "--replications", "many");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--replications"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        CliHarness.Result zero = CliHarness.run("run", "quickstart", "--replications", "0", "--out", dir.resolve("z").toString());
        assertEquals(2, zero.exit());
        assertTrue(zero.err().contains("--replications (0) must be from 1 to 1000"), zero.err());
        assertEquals(2, CliHarness.run("frobnicate").exit());
    }

    @Test
    void listShowsTheNamesScenariosMayUse() {
        CliHarness.Result r = CliHarness.run("list", "disciplines");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("drr") && r.out().contains("fifo"), r.out());
        CliHarness.Result bad = CliHarness.run("list", "disciplins");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("did you mean 'disciplines'?"), bad.err());
        assertTrue(CliHarness.run("list", "scenarios").out().contains("quickstart"));
    }

    @Test
    void placeAndPriceShowTheStacksAndTheirBill() {
        CliHarness.Result place = CliHarness.run("place", "megacorp-export", "--variant", "dedicated-enterprise");
        assertEquals(0, place.exit(), place.err());
        assertTrue(place.out().contains("dedicated-megacorp"), place.out());
        CliHarness.Result price = CliHarness.run("price", "megacorp-export");
        assertEquals(0, price.exit(), price.err());
        // one m5.2xlarge $280.32 + 8 x db.m5.large $124.83 + one ALB $16.4323 (AWS list, 730 h) = $1,295.3923
        assertTrue(price.out().contains("$1,295.39"), price.out());
        CliHarness.Result before = CliHarness.run("price", "instance-consolidation");
        assertTrue(before.out().contains("$45,000.00"), before.out());
        CliHarness.Result after = CliHarness.run("price", "instance-consolidation", "--variant", "consolidated");
        assertTrue(after.out().contains("$9,000.00") && after.out().contains("published: $10,000.00"), after.out());
        CliHarness.Result sheet = CliHarness.run("price", "two-tenant-fairness", "--uplift");
        assertEquals(0, sheet.exit(), sheet.err());
        assertTrue(sheet.out().contains("isolation-uplift price sheet (target gross margin 70%)")
                && sheet.out().contains("tenant-b") && sheet.out().contains("pooled -> dedicated"), sheet.out());
    }

    @Test
    void aBundledNameStillWorksWhenAFolderOfThatNameExists() throws IOException {
        Path folder = Files.createDirectories(Path.of("two-tenant-fairness"));
        try {
            CliHarness.Result r = CliHarness.run("validate", "two-tenant-fairness");
            assertEquals(0, r.exit(), r.err());
        } finally {
            Files.delete(folder);
        }
    }

    @Test
    void runPrintsTheEnginesCaveatsUnderTheSummary() {
        CliHarness.Result r = CliHarness.run("run", "two-tenant-fairness", "--replications", "1", "--out", dir.resolve("n").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("note: Latency percentiles come from per-tenant HdrHistograms"), r.out());
    }
}
