package dev.tenantsim.scenario.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.json.ResultsJson;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.cli.CliHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstart through the command line with its own settings: it runs in seconds, writes every
 * part of the report (summary, latency by tier, noisy neighbors, blast radius, utilization, cost),
 * and bigco's export breaches most tenants until the quotas contain it.
 */
final class QuickstartScenarioTest {
    @TempDir
    Path dir;

    @Test
    void runsInSecondsAndWritesEveryPartOfTheReport() throws IOException {
        long t0 = System.nanoTime();
        CliHarness.Result r = CliHarness.run("run", "quickstart", "--out", dir.resolve("q").toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.exit(), r.err());
        assertTrue(seconds < 30, "quickstart took " + seconds + " s");
        RunOutcome o = ResultsJson.read(dir.resolve("q/results.json")).outcome();
        assertEquals(41, o.tenants().size());
        assertEquals(3, o.tiers().size());
        assertTrue(o.tiers().stream().allMatch(t -> t.latency().hasData()), "latency per tier");
        assertTrue(o.tenants().stream().filter(t -> !Double.isNaN(t.noisyNeighborImpact())).count() >= 5, "noisy-neighbor ranking");
        assertEquals("bigco", o.blastRadius().aggressor());
        assertTrue(o.blastRadius().shareOfTenants() > 0.5, "bigco's export breaches most tenants: " + o.blastRadius());
        assertFalse(o.stacks().get(0).utilization().isEmpty());
        assertTrue(o.hasCost() && o.cost().monthlyBill().signum() > 0, "cost");
        assertTrue(o.tenants().stream().allMatch(t -> t.showback() != null), "showback per tenant");
        assertTrue(o.priceSheet() != null && !o.priceSheet().moves().isEmpty(), "isolation-uplift price sheet");
        for (var move : o.priceSheet().moves()) {
            assertEquals("dedicated", move.to());
            assertTrue(move.listPrice().multiply(new java.math.BigDecimal("0.30")).compareTo(move.deltaCost()) >= 0,
                    "the list price earns the 70% target margin on the cost of the move: " + move);
        }
        String html = Files.readString(dir.resolve("q/index.html"));
        assertTrue(html.contains("Isolation-uplift price sheet"), "price sheet section");
        for (String part : new String[] {"bigco", "utilization", "USD"}) {
            assertTrue(html.toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT)), part);
        }
    }

    @Test
    void theQuotasVariantShrinksTheBlastRadius() throws IOException {
        CliHarness.Result r = CliHarness.run("compare", "quickstart", "--out", dir.resolve("c").toString());
        assertEquals(0, r.exit(), r.err());
        RunOutcome base = ResultsJson.read(dir.resolve("c/01-base/results.json")).outcome();
        RunOutcome quotas = ResultsJson.read(dir.resolve("c/02-with-quotas/results.json")).outcome();
        assertTrue(quotas.blastRadius().shareOfTenants() < base.blastRadius().shareOfTenants() / 4,
                base.blastRadius() + " vs " + quotas.blastRadius());
    }
}
