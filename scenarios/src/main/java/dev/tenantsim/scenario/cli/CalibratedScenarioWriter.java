package dev.tenantsim.scenario.cli;

import dev.tenantsim.workload.Tier;
import dev.tenantsim.workload.calibrate.BurstFit;
import dev.tenantsim.workload.calibrate.CalibrationException;
import dev.tenantsim.workload.calibrate.TenantFit;
import dev.tenantsim.workload.calibrate.TenantMeta;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of the scenario {@code tenantsim calibrate} writes: one named tenant per traced tenant
 * (pattern {@code constant}: the fitted rate is the intensity, the request-level pass draws the
 * Poisson arrivals) with its fitted {@code shape}, over a horizon of {@value #HORIZON_DAYS} days
 * starting where the fit window ends, and a starting topology sized from the fitted mean load.
 */
final class CalibratedScenarioWriter {
    /** Days of the written horizon: the week after the fit window. */
    static final int HORIZON_DAYS = 7;
    /** Users of a tenant the metadata gives none for. */
    static final long DEFAULT_USERS = 100;
    /** Highest request rate per user the scenario format takes. */
    static final double MAX_RATE_PER_USER = 10_000;
    /** App CPU per request, seconds: the trace mapping's (CPU % → requests/s at 8 ms a request). */
    static final double APP_CPU_SECONDS = 0.008;
    /** DB CPU per request, seconds, of the starting topology. */
    static final double DB_CPU_SECONDS = 0.002;
    /** Provisioned capacity over the fitted mean busy cores (room for the daily peak and bursts). */
    static final double HEADROOM = 3;

    private CalibratedScenarioWriter() {
    }

    static String write(String name, String source, int fitDays, Instant horizonStart, List<TenantFit> fits,
                        Map<String, TenantMeta> meta, long seed) {
        Set<String> tiers = new LinkedHashSet<>();
        StringBuilder t = new StringBuilder();
        double totalRate = 0;
        for (TenantFit f : fits) {
            TenantMeta m = meta.getOrDefault(f.tenant(), TenantMeta.none(f.tenant()));
            String tier = m.tier() != null ? m.tier() : Tier.PRO.name();
            if (Tier.defaults().stream().noneMatch(x -> x.name().equals(tier))) {
                throw new CalibrationException("--tenants: tenant " + f.tenant() + ": tier (" + tier + ") must be one of free, pro, enterprise");
            }
            tiers.add(tier);
            if (!(f.meanRate() > 0)) {
                throw new CalibrationException("tenant " + f.tenant() + " has no load in the fit window (mean rate 0); "
                        + "leave it out of the trace or the metadata");
            }
            long users = m.users() > 0 ? m.users() : Math.max(DEFAULT_USERS, (long) Math.ceil(f.meanRate() * 60 / MAX_RATE_PER_USER));
            double perUser = f.meanRate() * 60 / users;
            if (perUser > MAX_RATE_PER_USER) {
                throw new CalibrationException("--tenants: tenant " + f.tenant() + ": users (" + users + ") are too few for its "
                        + String.format(Locale.ROOT, "%.1f", f.meanRate()) + " requests/s (at most 10000 requests per user per minute)");
            }
            totalRate += f.meanRate();
            t.append("    - id: \"").append(f.tenant()).append("\"\n");
            t.append("      tier: ").append(tier).append('\n');
            t.append("      users: ").append(users).append('\n');
            t.append("      requestsPerUserPerMinute: ").append(num(perUser)).append(String.format(Locale.ROOT,
                    "   # mean %s requests/s over %d minutes%n", num(f.meanRate()), f.minutesFitted()));
            t.append("      pattern: constant\n");
            if (m.data() != null) {
                t.append("      data: ").append(m.data()).append('\n');
            }
            if (m.region() != null) {
                t.append("      region: ").append(m.region()).append('\n');
            }
            t.append("      shape:\n");
            t.append("        weekly: { weekendLevel: ").append(num(f.weekendLevel())).append(" }\n");
            t.append("        diurnal: { amplitude: ").append(num(f.diurnalAmplitude())).append(", peakHour: ")
                    .append(num(Math.min(23.99, f.diurnalPeakHour()))).append(" }\n");
            if (f.burst().isPresent()) {
                BurstFit b = f.burst().get();
                t.append("        bursty: { multiplier: ").append(num(b.multiplier())).append(", burstsPerDay: ")
                        .append(num(b.burstsPerDay())).append(", meanBurstMinutes: ").append(num(b.meanBurstMinutes())).append(" }\n");
            }
        }
        StringBuilder y = new StringBuilder();
        y.append("# ").append(name).append(".yaml — written by tenantsim calibrate from ").append(source).append('\n');
        y.append("#\n# Each tenant's mean rate, weekly level, daily curve and bursts were fitted on the trace's first ")
                .append(fitDays).append(" days;\n# the horizon is the ").append(HORIZON_DAYS)
                .append(" days after them (the held-out week), so a run can be compared with the trace.\n")
                .append("# The topology is only a starting point sized from the fitted mean load: edit it.\n");
        y.append("name: ").append(name).append('\n');
        y.append("description: Tenants calibrated from ").append(source.replaceAll("[:#]", "_")).append('\n');
        y.append("seed: ").append(seed).append('\n');
        y.append("horizon: { start: ").append(horizonStart.atOffset(ZoneOffset.UTC)).append(", length: ")
                .append(HORIZON_DAYS).append("d, step: 1m }\n");
        y.append("replications: 1\n\ntiers:\n");
        for (Tier tier : Tier.defaults()) {
            if (tiers.contains(tier.name())) {
                y.append(String.format(Locale.ROOT, "  %s: { slo: { p99: %dms, errorBudget: %s%% }, monthlyFee: %s }%n",
                        tier.name(), Math.round(tier.slo().p99Seconds() * 1000), num(tier.slo().errorBudget() * 100),
                        tier.monthlyFee().toPlainString()));
            }
        }
        y.append("\ntenants:\n  explicit:\n").append(t);
        int appCores = (int) Math.max(2, Math.ceil(totalRate * APP_CPU_SECONDS * HEADROOM));
        int dbCores = (int) Math.max(2, Math.ceil(totalRate * DB_CPU_SECONDS * HEADROOM));
        long iops = Math.max(1000, (long) Math.ceil(totalRate * HEADROOM / 100) * 100);
        y.append("\nrequest:                                   # work of one API request (8 ms of app CPU: the trace's CPU % mapping)\n");
        y.append("  appCpu: { dist: lognormal, mean: 8ms, cv: 1 }\n");
        y.append("  dbCpu:  { dist: lognormal, mean: 2ms, cv: 1 }\n");
        y.append("  dbIo:   { dist: exponential, mean: 1ops }\n\n");
        y.append("topology:\n  pooled:\n");
        y.append("    app: { nodes: 1, coresPerNode: ").append(appCores).append(" }\n");
        y.append("    db:  { maxConnections: ").append(Math.max(100, 4 * dbCores)).append(", cores: ").append(dbCores)
                .append(", iops: ").append(iops).append(" }\n");
        y.append("    workers: { count: 4, discipline: fifo }\n");
        return y.toString();
    }

    /** A number in YAML: up to 6 significant digits, never an exponent, Locale.ROOT. */
    static String num(double v) {
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
