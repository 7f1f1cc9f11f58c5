package dev.tenantsim.scenario.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.json.ResultsJson;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.WindowResult;
import dev.tenantsim.scenario.cli.CliHarness;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case study 1 through the command line: {@code tenantsim compare megacorp-export} with the
 * scenario's own settings (2 replications, one simulated hour per variant). MegaCorp's export of
 * 1,850 connections breaches at least 90% of the other tenants on the shared stack; per-tier
 * quotas and statement timeouts contain it to at most 2%; a dedicated stack to none.
 */
final class MegaCorpExportScenarioTest {
    @TempDir
    static Path dir;
    static CliHarness.Result cli;
    static RunOutcome shared;
    static RunOutcome quotas;
    static RunOutcome dedicated;

    @BeforeAll
    static void compare() throws IOException {
        Path out = dir.resolve("megacorp");
        cli = CliHarness.run("compare", "megacorp-export", "--out", out.toString());
        assertEquals(0, cli.exit(), cli.err());
        shared = ResultsJson.read(out.resolve("01-base/results.json")).outcome();
        quotas = ResultsJson.read(out.resolve("02-tiered-quotas/results.json")).outcome();
        dedicated = ResultsJson.read(out.resolve("03-dedicated-enterprise/results.json")).outcome();
        System.out.printf("megacorp-export: others breaching shared %.2f%%, tiered-quotas %.2f%%, dedicated %.2f%%; bills %s / %s / %s%n",
                100 * othersBreaching(shared), 100 * othersBreaching(quotas), 100 * othersBreaching(dedicated),
                shared.cost().monthlyBill(), quotas.cost().monthlyBill(), dedicated.cost().monthlyBill());
    }

    /** Share of the tenants other than megacorp with at least one SLO-violation minute. */
    static double othersBreaching(RunOutcome o) {
        long others = o.tenants().stream().filter(t -> !t.id().equals("megacorp")).count();
        long breached = o.tenants().stream().filter(t -> !t.id().equals("megacorp")).filter(TenantResult::breached).count();
        return (double) breached / others;
    }

    @Test
    void sharedEverythingBreachesAtLeastNinetyPercentOfTheOthersWithinTheHour() {
        assertEquals("megacorp", shared.blastRadius().aggressor(), "megacorp is named as the aggressor");
        assertTrue(shared.blastRadius().shareOfTenants() >= 0.90, "blast radius " + shared.blastRadius());
        WindowResult export = shared.windows().get(0);
        assertEquals("export", export.label());
        assertTrue(export.shareOfTenants() >= 0.90, "during the export window: " + export);
        assertTrue(othersBreaching(shared) >= 0.90, "others breaching: " + othersBreaching(shared));
        assertEquals(1, shared.stacks().size());
        assertTrue(shared.stacks().get(0).utilizationByResource().get("db-cpu").stream().anyMatch(u -> u > 0.99),
                "the export saturates the DB's 16 cores");
    }

    @Test
    void tieredQuotasAndStatementTimeoutsContainItToAtMostTwoPercentOfTheOthers() {
        double share = othersBreaching(quotas);
        assertTrue(share <= 0.02, "others breaching with quotas: " + share);
        assertTrue(quotas.info().notes().stream().anyMatch(n -> n.startsWith("Statement timeouts killed")),
                "the statement timeout killed export queries: " + quotas.info().notes());
        TenantResult megacorp = quotas.tenants().stream().filter(t -> t.id().equals("megacorp")).findFirst().orElseThrow();
        assertTrue(megacorp.errorsByCause().getOrDefault("pool-timeout", 0.0) > 0,
                "megacorp's own requests wait behind its 100-connection quota: " + megacorp.errorsByCause());
    }

    @Test
    void aDedicatedStackForMegacorpBreachesNoneOfTheOthersAndAddsToTheBill() {
        assertEquals(0.0, othersBreaching(dedicated), "no other tenant breaches");
        assertEquals(0, dedicated.blastRadius().tenantsBreaching(), dedicated.blastRadius().toString());
        TenantResult megacorp = dedicated.tenants().stream().filter(t -> t.id().equals("megacorp")).findFirst().orElseThrow();
        assertEquals("dedicated-megacorp", megacorp.stack());
        assertTrue(dedicated.cost().monthlyBill().compareTo(shared.cost().monthlyBill()) > 0, "the dedicated stack costs more");
    }

    @Test
    void theComparisonSummaryShowsTheBlastRadiusBeforeAndAfter() {
        String out = cli.out();
        assertTrue(out.contains("During the export window"), out);
        assertTrue(out.contains("none with dedicated-enterprise"), out);
        assertTrue(out.contains("With tiered-quotas,"), out);
    }
}
