package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optimize} on a three-tenant stack whose app tier is too small at 1 node × 2 cores: the grid of
 * nodes × cores per node is run whole (the known answer) and searched; the search must agree with fewer runs.
 */
final class OptimizeCommandTest {
    static final String SCENARIO = """
            name: tiny
            seed: 11
            horizon: { length: 3min, step: 1m }
            replications: 2
            tiers:
              pro: { slo: { p99: 100ms, errorBudget: 1% }, monthlyFee: 500 }
            tenants:
              explicit:
                - { id: a, tier: pro, users: 300, requestsPerUserPerMinute: 60, pattern: poisson }
                - { id: b, tier: pro, users: 100, requestsPerUserPerMinute: 60, pattern: poisson }
                - { id: c, tier: pro, users: 50,  requestsPerUserPerMinute: 60, pattern: poisson }
            request:
              appCpu: { dist: lognormal, mean: 10ms, cv: 1 }
              dbCpu:  { dist: lognormal, mean: 1ms, cv: 1 }
              dbIo:   { dist: exponential, mean: 1ops }
            topology:
              pooled:
                app: { nodes: 1, coresPerNode: 2, maxConcurrent: 200 }
                db:  { maxConnections: 100, cores: 8, iops: 20000 }
                workers: { count: 1, discipline: fifo }
            """;
    static final String CONSTRAINTS = "p99(*)<=slo, blastRadius<=10%, availability(pro)>=99%";

    @TempDir
    static Path dir;
    static Path file;
    static JsonNode exhaustive;

    @BeforeAll
    static void runTheWholeGrid() throws IOException {
        file = dir.resolve("tiny.yaml");
        Files.writeString(file, SCENARIO);
        exhaustive = optimize("exhaustive", dir.resolve("exhaustive"));
    }

    static JsonNode optimize(String search, Path out) throws IOException {
        CliHarness.Result r = CliHarness.run("optimize", file.toString(), "--vary", "topology.pooled.app.nodes=1..4",
                "--vary", "topology.pooled.app.coresPerNode=2,4", "--subject-to", CONSTRAINTS, "--search", search, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Cheapest feasible design: "), r.out());
        return new ObjectMapper().readTree(out.resolve("results.json").toFile());
    }

    @Test
    void theExhaustiveAnswerIsTheCheapestOfTheFeasibleDesigns() {
        assertEquals(16, exhaustive.get("runs").asLong());
        BigDecimal best = exhaustive.get("chosen").get("monthlyBill").decimalValue();
        int feasible = 0;
        for (JsonNode d : exhaustive.get("designs")) {
            BigDecimal bill = d.get("monthlyBill").decimalValue();
            if (d.get("status").asText().equals("feasible")) {
                feasible++;
                assertTrue(bill.compareTo(best) >= 0, d.toString());
            } else {
                assertEquals("infeasible", d.get("status").asText(), d.toString());
            }
        }
        assertTrue(feasible >= 2 && feasible < 8, "a grid with an answer to find: " + feasible + " feasible of 8");
        assertEquals("infeasible", exhaustive.get("designs").get(0).get("status").asText(), "1 node x 2 cores is too small");
    }

    @Test
    void theSmartSearchFindsTheSameOptimumWithFewerRuns() throws IOException {
        JsonNode smart = optimize("smart", dir.resolve("smart"));
        assertEquals(exhaustive.get("chosen").get("design").asText(), smart.get("chosen").get("design").asText());
        assertEquals(exhaustive.get("chosen").get("monthlyBill").decimalValue(), smart.get("chosen").get("monthlyBill").decimalValue());
        assertEquals(exhaustive.get("chosen").get("figures"), smart.get("chosen").get("figures"), "common random numbers: the same runs");
        assertTrue(smart.get("runs").asLong() < exhaustive.get("runs").asLong(), smart.get("runs") + " runs");
        assertEquals(16, smart.get("fullGridRuns").asLong());
        assertEquals("smart", smart.get("strategy").asText());
        assertFalse(smart.get("whatItWouldTake").isEmpty());
    }

    @Test
    void theSameSeedGivesAByteIdenticalResultsJson() throws IOException {
        optimize("smart", dir.resolve("again-1"));
        optimize("smart", dir.resolve("again-2"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("again-1/results.json")), Files.readAllBytes(dir.resolve("again-2/results.json")));
        assertTrue(Files.readString(dir.resolve("again-1/designs.csv")).startsWith("point,topology.pooled.app.nodes,"));
        assertTrue(Files.readString(dir.resolve("again-1/index.html")).contains("Binding constraint"));
    }

    @Test
    void badConstraintsAndRangesAreBadInputWithALocatedMessage() {
        CliHarness.Result tier = CliHarness.run("optimize", file.toString(), "--vary", "topology.pooled.app.nodes=1..3",
                "--subject-to", "p99(pro)<=slo, availability(gold)>=99%", "--out", dir.resolve("x").toString());
        assertEquals(2, tier.exit());
        assertTrue(tier.err().contains("--subject-to:29: availability(gold)>=99% — unknown tier 'gold'; allowed: pro, *"), tier.err());
        assertFalse(tier.hasStackTrace(), tier.err());
        CliHarness.Result range = CliHarness.run("optimize", file.toString(), "--vary", "topology.pooled.app.nodes=4..1",
                "--subject-to", "p99(pro)<=slo");
        assertEquals(2, range.exit());
        assertTrue(range.err().contains("is an empty range"), range.err());
        CliHarness.Result rule = CliHarness.run("optimize", file.toString(), "--vary", "topology.pooled.app.nodes=1..2",
                "--subject-to", CONSTRAINTS, "--feasibility", "median", "--out", dir.resolve("x").toString());
        assertEquals(2, rule.exit());
        assertTrue(rule.err().contains("--feasibility (median) must be interval or mean"), rule.err());
        CliHarness.Result value = CliHarness.run("optimize", file.toString(), "--vary", "topology.pooled.app.nodes=-1,2",
                "--subject-to", "p99(pro)<=slo");
        assertEquals(2, value.exit());
        assertTrue(value.err().contains("(design nodes=-1)"), value.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing is written on bad input");
    }
}
