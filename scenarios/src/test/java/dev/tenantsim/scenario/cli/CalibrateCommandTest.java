package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.model.ExplicitTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CalibrateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theWrittenScenarioLoadsWithEveryTenantItsShapeAndItsMetadata() throws IOException {
        Path meta = Files.writeString(dir.resolve("meta.csv"), "tenant,tier,users,data,region\n1633748,enterprise,400,200GB,us-east-1\n");
        Path out = dir.resolve("azure.yaml");
        CliHarness.Result r = CliHarness.run("calibrate", HeldOutWeek.TRACE.toString(), "--format", "azure-v1",
                "--tenants", meta.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("25 tenants fitted on days 0-7") && r.out().contains("wrote " + out), r.out());
        Scenario s = ScenarioLoader.load(out);
        assertEquals(25, s.tenants().explicit().size());
        ExplicitTenant big = s.tenants().explicit().stream().filter(t -> t.id().equals("1633748")).findFirst().orElseThrow();
        assertEquals("enterprise", big.tier());
        assertEquals(400, big.users());
        assertEquals("us-east-1", big.region());
        assertTrue(big.shape().containsKey("diurnal") && big.shape().containsKey("weekly"), big.shape().toString());
        assertEquals(7 * 86_400.0, s.horizon().lengthSeconds());
        assertEquals("1970-01-08T00:00Z", s.horizon().start().toString());
        assertEquals(0, CliHarness.run("validate", out.toString()).exit());
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws IOException {
        Path out = Files.writeString(dir.resolve("keep.yaml"), "keep me");
        CliHarness.Result r = CliHarness.run("calibrate", HeldOutWeek.TRACE.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("exists; use --force"), r.err());
        assertEquals("keep me", Files.readString(out));
        assertEquals(0, CliHarness.run("calibrate", HeldOutWeek.TRACE.toString(), "--out", out.toString(), "--force").exit());
        assertTrue(Files.readString(out).contains("tenants:"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside it");
        }
    }

    @Test
    void aTenantWithTooLittleDataIsNamed() throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,tenant,requests_per_s\n");
        for (int m = 0; m < 3 * 1440; m += 5) {
            csv.append(m * 60).append(",long,5\n");
            if (m < 600) {
                csv.append(m * 60).append(",short,2\n");
            }
        }
        Path trace = Files.writeString(dir.resolve("t.csv"), csv);
        CliHarness.Result r = CliHarness.run("calibrate", trace.toString(), "--fit-days", "3", "--out", dir.resolve("o.yaml").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("tenant short has") && r.err().contains("at least 2880"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertFalse(Files.exists(dir.resolve("o.yaml")));
    }

    @Test
    void badInputIsALocatedMessageAndExitTwo() throws IOException {
        Path meta = Files.writeString(dir.resolve("m.csv"), "tenant,users\n1633748,many\n");
        CliHarness.Result bad = CliHarness.run("calibrate", HeldOutWeek.TRACE.toString(), "--tenants", meta.toString(),
                "--out", dir.resolve("o.yaml").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("m.csv:2: users (many) must be a whole number"), bad.err());
        Path unknown = Files.writeString(dir.resolve("u.csv"), "tenant\nnobody\n");
        CliHarness.Result u = CliHarness.run("calibrate", HeldOutWeek.TRACE.toString(), "--tenants", unknown.toString(),
                "--out", dir.resolve("o.yaml").toString());
        assertTrue(u.err().contains("tenant nobody is not in the trace"), u.err());
        Path rows = Files.writeString(dir.resolve("r.csv"), "timestamp,tenant,requests_per_s\n0,a,1\n60,a,-4\n");
        CliHarness.Result b = CliHarness.run("calibrate", rows.toString(), "--out", dir.resolve("o.yaml").toString());
        assertEquals(2, b.exit());
        assertTrue(b.err().contains("r.csv line 3, column 3 (requests_per_s): value (-4)"), b.err());
        assertEquals(2, CliHarness.run("calibrate", rows.toString(), "--fit-days", "1", "--out", dir.resolve("o.yaml").toString()).exit());
        assertFalse(Files.exists(dir.resolve("o.yaml")));
    }

    @Test
    void theShapeOfANamedTenantIsValidatedWithItsPath() throws IOException {
        Path y = Files.writeString(dir.resolve("s.yaml"), """
                name: s
                horizon: { length: 1d, step: 1m }
                tiers:
                  pro: { slo: { p99: 300ms, errorBudget: 1% }, monthlyFee: 400 }
                tenants:
                  explicit:
                    - id: a
                      tier: pro
                      users: 10
                      shape:
                        diurnal: { amplitude: 1.5, peakHour: 14 }
                request:
                  appCpu: { dist: lognormal, mean: 8ms }
                  dbCpu: { dist: lognormal, mean: 2ms }
                  dbIo: { dist: exponential, mean: 1ops }
                topology:
                  pooled:
                    app: { nodes: 1, coresPerNode: 2 }
                    db: { maxConnections: 10, cores: 2, iops: 1000 }
                    workers: { count: 1, discipline: fifo }
                """);
        CliHarness.Result r = CliHarness.run("validate", y.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("tenants.explicit[0].shape.diurnal.amplitude"), r.out() + r.err());
    }
}
