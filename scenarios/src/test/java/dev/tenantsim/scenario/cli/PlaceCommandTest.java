package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PlaceCommandTest {
    @TempDir
    Path dir;

    private static final String CELLS = """
            name: cells
            seed: 7
            horizon: { start: 2025-01-06T00:00Z, length: 1d }
            tiers:
              pro: { slo: { p99: 300ms }, monthlyFee: 400 }
            tenants:
              generate: { count: 120, mix: { pro: 100% }, users: { mean: 40, max: 2000 }, requestsPerUserPerMinute: 2, pattern: diurnal }
            request:
              appCpu: { dist: exponential, mean: 8ms }
              dbCpu:  { dist: exponential, mean: 2ms }
            topology:
              cells:
                shared: { count: 4, app: { nodes: 1, coresPerNode: 8 }, db: { maxConnections: 200, cores: 4, iops: 4000 } }
            placement: { strategy: hash }
            """;

    @Test
    void placePrintsTheAssignmentItsEvaluationAndARebalancePlan() throws IOException {
        Path file = Files.writeString(dir.resolve("cells.yaml"), CELLS);
        Path out = dir.resolve("plan");
        CliHarness.Result r = CliHarness.run("place", file.toString(), "--rebalance", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("cells: 120 tenants on 4 stacks, strategy hash; demand evaluated over 1 day(s)"), r.out());
        assertTrue(r.out().contains("shared-1") && r.out().contains("shared-4"), r.out());
        assertTrue(r.out().contains("stacks used: 4; hottest: shared-"), r.out());
        assertTrue(r.out().contains("stranded capacity"), r.out());
        Matcher m = Pattern.compile("rebalance: (\\d) move\\(s\\) take the worst stack peak from (\\d+)% to (\\d+)%").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(3)) <= Integer.parseInt(m.group(2)), "a plan never raises the worst peak");
        List<String> assignment = Files.readAllLines(out.resolve("assignment.csv"));
        assertEquals(121, assignment.size());
        assertEquals("tenant,tier,stack,kind", assignment.get(0));
        assertTrue(assignment.stream().skip(1).allMatch(l -> l.matches("[^,]+,pro,shared-[1-4],cell")), assignment.toString());
        assertEquals(Integer.parseInt(m.group(1)) + 1, Files.readAllLines(out.resolve("rebalance-plan.csv")).size());
        assertTrue(Files.readString(out.resolve("rebalance-plan.json")).contains("\"worstPeakBefore\""));
    }

    @Test
    void aBadRebalanceCountIsABadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("cells.yaml"), CELLS);
        CliHarness.Result r = CliHarness.run("place", file.toString(), "--rebalance", "-1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--rebalance (-1) must be from 0 to 10000"), r.err());
    }

    @Test
    void rebalancingMovesATenantOnlyWithinItsOwnCellGroup() throws IOException {
        String twoGroups = CELLS.replace("pro: { slo: { p99: 300ms }, monthlyFee: 400 }",
                        "pro: { slo: { p99: 300ms }, monthlyFee: 400 }\n  enterprise: { slo: { p99: 250ms }, monthlyFee: 9000 }")
                .replace("mix: { pro: 100% }", "mix: { pro: 80%, enterprise: 20% }")
                .replace("    shared: { count: 4,", "    premium: { count: 3, tiers: [ enterprise ], app: { nodes: 4, coresPerNode: 8 }, db: { maxConnections: 800, cores: 16, iops: 16000 } }\n    shared: { count: 4, tiers: [ pro ],");
        Path file = Files.writeString(dir.resolve("groups.yaml"), twoGroups);
        Path out = dir.resolve("plan");
        CliHarness.Result r = CliHarness.run("place", file.toString(), "--rebalance", "5", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> moves = Files.readAllLines(out.resolve("rebalance-plan.csv"));
        assertTrue(r.out().contains("premium-1") && r.out().contains("shared-1"), r.out());
        assertTrue(moves.size() > 1, "some moves: " + r.out());
        for (String m : moves.subList(1, moves.size())) {
            String[] f = m.split(",");
            assertEquals(f[3].replaceAll("-\\d+$", ""), f[4].replaceAll("-\\d+$", ""), "same group: " + m);
        }
    }
}
