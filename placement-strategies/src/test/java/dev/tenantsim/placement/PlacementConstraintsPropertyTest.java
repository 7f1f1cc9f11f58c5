package dev.tenantsim.placement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Contract of every strategy: constraints honoured, rejections justified, infeasibility explained. */
final class PlacementConstraintsPropertyTest {

    @Provide
    Arbitrary<PlacementProblem> problems() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(1, 8)).as(Populations::random);
    }

    @Provide
    Arbitrary<String> strategies() {
        return Arbitraries.of(new ArrayList<>(PlacementStrategies.names()));
    }

    @Provide
    Arbitrary<LoadBasis> bases() {
        return Arbitraries.of(LoadBasis.MEAN, LoadBasis.PEAK);
    }

    @Property(tries = 300)
    void everyStrategyHonoursEveryConstraint(@ForAll("problems") PlacementProblem p,
                                             @ForAll("strategies") String name, @ForAll("bases") LoadBasis basis) {
        PlacementStrategy s = PlacementStrategies.create(name, PlacementOptions.defaults().withBasis(basis).withSeed(7));
        Assignment a = s.place(p);
        assertEquals(p.tenants().size(), a.tenantCount());
        int[] cells = a.cells();
        CellLoads loads = CellLoads.of(p, cells, a.basis());
        for (TenantDemand t : p.tenants()) {
            int c = cells[t.index()];
            if (c < 0) {
                continue;
            }
            CellSpec cell = p.cells().get(c);
            assertTrue(t.allowsRegion(cell.region()), name + ": residency of " + t.id() + " on " + cell.region());
            assertTrue(p.tierRules().allows(t.tier(), cell.kind()), name + ": tier " + t.tier() + " on " + cell.kind());
        }
        for (CellSpec cell : p.cells()) {
            assertTrue(loads.withinLimits(cell.index()), name + ": headroom or max tenants broken on " + cell.id());
        }
        for (Rejection r : a.rejections()) {
            TenantDemand t = p.tenants().get(r.tenantIndex());
            assertEquals(-1, cells[t.index()]);
            for (int c = 0; c < p.cells().size(); c++) {
                assertFalse(loads.fits(t, c), name + " rejected " + t.id() + " (" + r.constraint()
                        + ") though cell " + c + " still fits it");
            }
            assertTrue(r.message().contains(t.id()) && r.message().contains(r.constraint().name()), r.message());
        }
        assertArrayEquals(cells, s.place(p).cells(), name + " is deterministic");
    }

    @Property(tries = 100)
    void aResidentTenantWithNoCellInItsRegionsIsRejectedForResidency(@ForAll("problems") PlacementProblem p,
                                                                      @ForAll("strategies") String name) {
        List<TenantDemand> ts = new ArrayList<>(p.tenants());
        TenantDemand odd = Populations.tenant("residency-bound", ts.size(), "pro", "ap-south", Set.of("ap-south"),
                0.1, 0, 0, 1, 0, 10, 1, 1, 0);
        ts.add(odd);
        PlacementProblem q = new PlacementProblem(ts, p.cells(), p.tierRules());
        Rejection r = rejectionOf(PlacementStrategies.create(name, PlacementOptions.defaults()).place(q), odd);
        assertEquals(Constraint.RESIDENCY, r.constraint());
        assertTrue(r.message().startsWith("tenant residency-bound (index " + odd.index() + ") cannot be placed: RESIDENCY"),
                r.message());
    }

    @Property(tries = 100)
    void anEnterpriseTenantWithoutDedicatedOrIsolatedCellsIsRejectedForTier(@ForAll("problems") PlacementProblem p,
                                                                            @ForAll("strategies") String name) {
        List<CellSpec> shared = new ArrayList<>();
        for (CellSpec c : p.cells()) {
            shared.add(new CellSpec(c.id(), c.index(), CellKind.SHARED, c.region(), c.capacity(),
                    Math.max(1, c.maxTenants()), c.headroom()));
        }
        List<TenantDemand> ts = new ArrayList<>(p.tenants());
        TenantDemand big = Populations.tenant("megacorp", ts.size(), "enterprise", Populations.EU, Set.of(), 0.1,
                0, 0, 1, 0, 10, 1, 1, 0);
        ts.add(big);
        PlacementProblem q = new PlacementProblem(ts, shared, TierRules.standard());
        Rejection r = rejectionOf(PlacementStrategies.create(name, PlacementOptions.defaults()).place(q), big);
        assertEquals(Constraint.TIER, r.constraint(), r.message());
        assertTrue(r.reason().contains("DEDICATED") && r.reason().contains("ISOLATED"), r.reason());
    }

    @Property(tries = 100)
    void aTenantLargerThanEveryCellIsRejectedForHeadroom(@ForAll("problems") PlacementProblem p,
                                                         @ForAll("strategies") String name) {
        List<TenantDemand> ts = new ArrayList<>(p.tenants());
        TenantDemand huge = Populations.tenant("huge", ts.size(), "pro", Populations.EU, Set.of(), 1000, 0, 0, 1, 0,
                10, 0.01, 1, 0);
        ts.add(huge);
        PlacementProblem q = new PlacementProblem(ts, p.cells(), TierRules.none());
        Rejection r = rejectionOf(PlacementStrategies.create(name, PlacementOptions.defaults()).place(q), huge);
        assertEquals(Constraint.HEADROOM, r.constraint(), r.message());
        assertTrue(r.reason().contains("even empty") && r.reason().contains("cpu"), r.reason());
    }

    @Property(tries = 60)
    void moreTenantsThanSlotsAreRejectedForMaxTenants(@ForAll("strategies") String name) {
        List<CellSpec> cells = Populations.sharedCells(3, new ResourceVector(64, 100_000, 1000, 10_000), 0.2, 4);
        List<TenantDemand> ts = new ArrayList<>();
        for (int t = 0; t < 15; t++) {
            ts.add(Populations.tenant("tiny-" + t, t, "free", Populations.EU, Set.of(), 0.01, 0, 0, 1, 0, 10, 1, 1, 0));
        }
        PlacementProblem q = new PlacementProblem(ts, cells, TierRules.standard());
        Assignment a = PlacementStrategies.create(name, PlacementOptions.defaults()).place(q);
        assertEquals(3, a.rejections().size());
        for (Rejection r : a.rejections()) {
            assertEquals(Constraint.MAX_TENANTS, r.constraint(), r.message());
        }
        PlacementException e = assertThrows(PlacementException.class, a::requireComplete);
        assertTrue(e.getMessage().contains(name + ": 3 tenant(s) cannot be placed")
                && e.getMessage().contains("MAX_TENANTS: all 3 eligible cells"), e.getMessage());
    }

    private static Rejection rejectionOf(Assignment a, TenantDemand t) {
        assertEquals(-1, a.cellOf(t.index()), t.id() + " must not be placed");
        Rejection found = null;
        for (Rejection r : a.rejections()) {
            if (r.tenantIndex() == t.index()) {
                found = r;
            }
        }
        assertNotNull(found, "a rejection names " + t.id());
        return found;
    }
}
