package dev.tenantsim.placement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Seeded test populations (test code only: a seeded SplittableRandom is fine here). */
final class Populations {
    static final String EU = "eu-west";
    static final String US = "us-east";
    static final int HOURS = 24;

    private Populations() {
    }

    /** A random problem: mixed tiers, regions, residency, kinds, capacities, headroom and tenant limits. */
    static PlacementProblem random(long seed, int tenants, int cells) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<CellSpec> cs = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            double k = rng.nextDouble();
            CellKind kind = k < 0.6 ? CellKind.SHARED : k < 0.7 ? CellKind.PERFORMANCE : k < 0.85 ? CellKind.ISOLATED
                    : CellKind.DEDICATED;
            int max = kind == CellKind.DEDICATED ? 1 : 1 + rng.nextInt(20);
            ResourceVector cap = new ResourceVector(8 + rng.nextInt(57), 2000 + rng.nextInt(18000),
                    50 + rng.nextInt(450), 200 + rng.nextInt(1800));
            double h = rng.nextDouble() * 0.3;
            cs.add(new CellSpec("cell-" + c, c, kind, rng.nextBoolean() ? EU : US, cap, max,
                    new ResourceVector(h, rng.nextDouble() * 0.3, h, 0.1)));
        }
        List<TenantDemand> ts = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            double tierDraw = rng.nextDouble();
            String tier = tierDraw < 0.6 ? "free" : tierDraw < 0.9 ? "pro" : "enterprise";
            String region = rng.nextBoolean() ? EU : US;
            Set<String> allowed = rng.nextDouble() < 0.3 ? Set.of(EU) : Set.of();
            double base = 0.1 + rng.nextDouble() * 6;
            double spike = rng.nextDouble() < 0.2 ? 2 + rng.nextDouble() * 6 : 1.0;
            int phase = rng.nextInt(HOURS);
            ts.add(tenant("t" + t, t, tier, region, allowed, base, 0.3, phase, spike, rng.nextInt(HOURS),
                    300, 5, 10 + rng.nextDouble() * 200, rng.nextInt(1_000_000) * 1000L));
        }
        return new PlacementProblem(ts, cs, TierRules.standard());
    }

    /**
     * A tenant with a daily CPU curve {@code base × (1 + amplitude × cos(phase))}, times {@code spike}
     * in hour {@code spikeHour}; IO and connections are proportional to CPU (per core).
     */
    static TenantDemand tenant(String id, int index, String tier, String region, Set<String> allowed, double base,
                               double amplitude, int phase, double spike, int spikeHour, double ioPerCore,
                               double connPerCore, double storageGb, long revenueMicros) {
        double[] cpu = new double[HOURS];
        double[] io = new double[HOURS];
        double[] conn = new double[HOURS];
        for (int h = 0; h < HOURS; h++) {
            double v = base * (1 + amplitude * Math.cos(2 * Math.PI * (h - phase) / HOURS));
            if (h == spikeHour) {
                v *= spike;
            }
            cpu[h] = v;
            io[h] = v * ioPerCore;
            conn[h] = v * connPerCore;
        }
        DemandSeries s = DemandSeries.of(60, cpu, io, conn);
        ResourceVector mean = new ResourceVector(s.mean(0), s.mean(1), s.mean(2), storageGb);
        ResourceVector peak = new ResourceVector(Math.max(s.max(0), mean.cpu()), Math.max(s.max(1), mean.io()),
                Math.max(s.max(2), mean.connections()), storageGb); // rounding: a flat mean may exceed its max
        return new TenantDemand(id, index, tier, region, allowed, mean, peak, s, revenueMicros);
    }

    /** {@code n} identical shared cells in one region. */
    static List<CellSpec> sharedCells(int n, ResourceVector capacity, double cpuHeadroom, int maxTenants) {
        List<CellSpec> cs = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            cs.add(new CellSpec("cell-" + c, c, CellKind.SHARED, EU, capacity, maxTenants,
                    new ResourceVector(cpuHeadroom, 0.2, 0.2, 0.1)));
        }
        return cs;
    }

    /**
     * The population of "what it must show" 2: 200 tenants; 160 steady tenants with a mild daily
     * curve at random phases (mean CPU 0.6..2 cores), and 40 spiky tenants (a fifth) of mean 0.5
     * cores that all spike to about 8x in the same hour.
     */
    static List<TenantDemand> spikyFifth(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<TenantDemand> ts = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            boolean spiky = t % 5 == 4;
            double base = spiky ? 0.4 : 0.6 + rng.nextDouble() * 1.4;
            double spike = spiky ? 8.0 : 1.0;
            ts.add(tenant((spiky ? "spiky-" : "steady-") + t, t, "pro", EU, Set.of(), base, spiky ? 0.1 : 0.3,
                    rng.nextInt(HOURS), spike, 14, 100, 0.2, 20, 100_000_000L));
        }
        return ts;
    }

    static final Set<CellKind> ALL_KINDS = EnumSet.allOf(CellKind.class);
}
