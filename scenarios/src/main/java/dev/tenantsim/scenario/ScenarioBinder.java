package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.schema.Tree.list;
import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.model.CacheSetting;
import dev.tenantsim.scenario.model.ControlsSpec;
import dev.tenantsim.scenario.model.Costs;
import dev.tenantsim.scenario.model.PricedItem;
import dev.tenantsim.scenario.model.ExplicitTenant;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.model.Generation;
import dev.tenantsim.scenario.model.Horizon;
import dev.tenantsim.scenario.model.Job;
import dev.tenantsim.scenario.model.Placement;
import dev.tenantsim.scenario.model.QueryCostSetting;
import dev.tenantsim.scenario.model.Quotas;
import dev.tenantsim.scenario.model.ReportSpec;
import dev.tenantsim.scenario.model.RequestWorkSpec;
import dev.tenantsim.scenario.model.SloSpec;
import dev.tenantsim.scenario.model.Sizing;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.model.Tenants;
import dev.tenantsim.scenario.model.TierSpec;
import dev.tenantsim.scenario.model.TopologySpec;
import dev.tenantsim.scenario.model.TraceSource;
import dev.tenantsim.scenario.model.UserSizes;
import dev.tenantsim.scenario.model.WorkDist;
import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.unit.Rate;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a validated tree into records, filling defaults. Only called when validation found nothing. */
final class ScenarioBinder {
    private final Path baseDir;

    ScenarioBinder(Path baseDir) {
        this.baseDir = baseDir;
    }

    Scenario bind(YMap root, List<Variant> variants) {
        YMap h = map(root, "horizon");
        Horizon horizon = new Horizon((OffsetDateTime) value(h, "start"), (Duration) value(h, "length"),
                or((Duration) value(h, "step"), Defaults.STEP), Fidelity.named(or((String) value(h, "fidelity"), Defaults.FIDELITY)));
        Map<String, TierSpec> tiers = new LinkedHashMap<>();
        for (YMap.Entry e : map(root, "tiers").entries()) {
            tiers.put(e.key(), tier(e.key(), (YMap) e.value()));
        }
        return new Scenario(
                (String) value(root, "name"),
                (String) value(root, "description"),
                or((Long) value(root, "seed"), Defaults.SEED),
                horizon,
                intOr(value(root, "replications"), Defaults.REPLICATIONS),
                tiers,
                tenants(map(root, "tenants")),
                request(map(root, "request")),
                topology(map(root, "topology")),
                placement(map(root, "placement")),
                controls(map(root, "controls")),
                report(map(root, "report")),
                value(root, "priceBook") instanceof Path p ? baseDir.resolve(p).normalize() : null,
                costs(map(root, "costs")),
                variants,
                EventBinder.events(list(root, "events"), horizon.start()));
    }

    private static TierSpec tier(String name, YMap t) {
        return new TierSpec(name, slo(map(t, "slo")),
                (BigDecimal) value(t, "monthlyFee"),
                integer(value(t, "users")),
                new Quotas(integer(value(t, "dbConnectionQuota")), (Duration) value(t, "statementTimeout"),
                        (Rate) value(t, "rateLimit"), integer(value(t, "concurrencyCap"))));
    }

    /** A validated {@code slo:}; an occurrences SLO without p99 judges its minutes against its threshold. */
    private static SloSpec slo(YMap slo) {
        SloSpec.Method method = SloSpec.Method.of(or((String) value(slo, "method"), Defaults.SLO_METHOD));
        Duration threshold = (Duration) value(slo, "threshold");
        Duration p99 = (Duration) value(slo, "p99");
        return new SloSpec(method, p99 != null ? p99 : threshold, or((Double) value(slo, "errorBudget"), Defaults.ERROR_BUDGET),
                or((Double) value(slo, "availability"), Double.NaN), or((Double) value(slo, "target"), Double.NaN),
                method == SloSpec.Method.OCCURRENCES ? threshold : null, (Duration) value(slo, "window"));
    }

    private Tenants tenants(YMap t) {
        Generation gen = null;
        YMap g = map(t, "generate");
        if (g != null) {
            Map<String, Double> mix = new LinkedHashMap<>();
            map(g, "mix").entries().forEach(e -> mix.put(e.key(), (Double) value(e.value())));
            YMap u = map(g, "users");
            gen = new Generation(intOr(value(g, "count"), 0), mix,
                    new UserSizes((Double) value(u, "mean"), integer(value(u, "max")), or((String) value(u, "shape"), Defaults.USER_SHAPE)),
                    (Double) value(g, "requestsPerUserPerMinute"), or((String) value(g, "pattern"), Defaults.PATTERN),
                    bytesOr(value(g, "data"), Double.NaN));
        }
        List<ExplicitTenant> explicit = new ArrayList<>();
        for (YNode n : list(t, "explicit")) {
            List<Job> jobs = new ArrayList<>();
            for (YNode j : list(n, "jobs")) {
                jobs.add(new Job((String) value(j, "kind"), (LocalTime) value(j, "at"), intOr(value(j, "connections"), 0),
                        (Duration) value(j, "queryTime"), or((Double) value(j, "rowsScanned"), Double.NaN)));
            }
            explicit.add(new ExplicitTenant((String) value(n, "id"), (String) value(n, "tier"), intOr(value(n, "users"), 0),
                    or((Double) value(n, "requestsPerUserPerMinute"), Double.NaN), (String) value(n, "pattern"),
                    (DataSize) value(n, "data"), (String) value(n, "region"), jobs, or((Double) value(n, "accessSkew"), Double.NaN),
                    (String) value(n, "usersRegion"), shape(map(n, "shape"))));
        }
        TraceSource trace = null;
        YMap tr = map(t, "trace");
        if (tr != null) {
            trace = new TraceSource((String) value(tr, "format"), baseDir.resolve((Path) value(tr, "path")).normalize(),
                    (String) value(tr, "tier"), "lenient".equals(value(tr, "badRows")), (String) value(tr, "tenantKey"),
                    (String) value(tr, "metric"));
        }
        return new Tenants(gen, explicit, trace);
    }

    /** {@code shape:} of a named tenant → generator name → parameters, in the order they apply. */
    private static Map<String, Map<String, Double>> shape(YMap shape) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String generator : List.of("weekly", "diurnal", "bursty")) {
            YMap g = map(shape, generator);
            if (g != null) {
                Map<String, Double> params = new LinkedHashMap<>();
                g.entries().forEach(e -> params.put(e.key(), (Double) value(e.value())));
                if ("weekly".equals(generator)) {
                    params.putIfAbsent("mondayPeak", 1.0);
                }
                out.put(generator, params);
            }
        }
        return out;
    }

    private static RequestWorkSpec request(YMap r) {
        YMap q = map(r, "queryCost");
        QueryCostSetting cost = q == null ? null : new QueryCostSetting(or((String) value(q, "growth"), Defaults.QUERY_COST_GROWTH),
                or((String) value(q, "basis"), Defaults.QUERY_COST_BASIS), bytesOr(value(q, "reference"), Defaults.QUERY_COST_REFERENCE_BYTES),
                bytesOr(value(q, "rowSize"), Defaults.ROW_BYTES));
        YMap a = map(r, "access");
        return new RequestWorkSpec(work(map(r, "appCpu"), true), work(map(r, "dbCpu"), true), work(map(r, "dbIo"), false),
                a == null ? Defaults.ACCESS_SKEW : or((Double) value(a, "skew"), Defaults.ACCESS_SKEW), cost,
                MechanismBinder.dependencies(map(r, "dependencies")), MechanismBinder.routing(r));
    }

    private static double bytesOr(Object v, double dflt) {
        return v == null ? dflt : ((DataSize) v).bytes();
    }

    /** A {@code cache:} or {@code bufferPool:} mapping, or null. */
    private static CacheSetting cache(YMap c, String itemKey, double defaultItemBytes) {
        return c == null ? null : new CacheSetting(bytesOr(value(c, "size"), 0), bytesOr(value(c, itemKey), defaultItemBytes));
    }

    static WorkDist work(YMap w, boolean seconds) {
        if (w == null) {
            return null;
        }
        Object mean = value(w, "mean");
        double m = seconds ? ((Duration) mean).toNanos() / 1e9 : (Double) mean;
        String dist = (String) value(w, "dist");
        double defaultCv = "constant".equals(dist) ? 0 : Defaults.CV;
        return new WorkDist(dist, m, or((Double) value(w, "cv"), defaultCv));
    }

    private static TopologySpec topology(YMap t) {
        if (t.has("pooled")) {
            return new TopologySpec.Pooled(stack(map(t, "pooled")));
        }
        if (t.has("dedicated")) {
            return new TopologySpec.Dedicated(stack(map(t, "dedicated")));
        }
        if (t.has("hybrid")) {
            YMap h = map(t, "hybrid");
            return new TopologySpec.Hybrid(stack(map(h, "pool")), stack(map(h, "dedicated")));
        }
        Map<String, TopologySpec.CellGroup> groups = new LinkedHashMap<>();
        for (YMap.Entry e : map(t, "cells").entries()) {
            List<String> tiers = list(e.value(), "tiers").stream().map(n -> (String) value(n)).toList();
            groups.put(e.key(), new TopologySpec.CellGroup(e.key(), intOr(value(e.value(), "count"), 1), stack((YMap) e.value()), tiers));
        }
        return new TopologySpec.Cells(groups);
    }

    private static Stack stack(YMap s) {
        YMap app = map(s, "app");
        YMap db = map(s, "db");
        YMap w = map(s, "workers");
        return new Stack(
                new Stack.App(intOr(value(app, "nodes"), 1), intOr(value(app, "coresPerNode"), 1), integer(value(app, "maxConcurrent"))),
                db == null ? null : new Stack.Db(intOr(value(db, "maxConnections"), 1), intOr(value(db, "cores"), 1),
                        intOr(value(db, "iops"), 0), intOr(value(db, "shards"), 1),
                        cache(map(db, "bufferPool"), "pageSize", Defaults.PAGE_BYTES)),
                w == null ? null : new Stack.Workers(intOr(value(w, "count"), 1), or((String) value(w, "discipline"), Defaults.DISCIPLINE)),
                s.has("items") ? items(list(s, "items")) : null,
                cache(map(s, "cache"), "itemSize", Defaults.CACHE_ITEM_BYTES), (String) value(s, "region"),
                MechanismBinder.roundTrips(map(s, "roundTrip")), sizing(s));
    }

    /** The right-sizing rule of a {@code size: auto} stack, or null for a fixed size. */
    private static Sizing sizing(YMap s) {
        if (!"auto".equals(value(s, "size"))) {
            return null;
        }
        YMap z = map(s, "sizing");
        YMap h = map(z, "headroom");
        return new Sizing(or((Double) value(z, "target"), Sizing.DEFAULT_TARGET), or((Double) value(h, "appCpu"), 0.0),
                or((Double) value(h, "dbCpu"), 0.0), or((Double) value(h, "iops"), 0.0), or((Double) value(h, "connections"), 0.0));
    }

    private static List<PricedItem> items(List<YNode> nodes) {
        List<PricedItem> out = new ArrayList<>();
        for (YNode n : nodes) {
            out.add(new PricedItem((String) value(n, "item"), intOr(value(n, "quantity"), 1), or((String) value(n, "meter"), "overhead")));
        }
        return out;
    }

    private static Costs costs(YMap c) {
        if (c == null) {
            return Costs.NONE;
        }
        YMap pub = map(c, "published");
        return new Costs(items(list(c, "shared")), perTier(map(c, "slaCredits"), v -> (String) v),
                pub == null ? null : (BigDecimal) value(pub, "monthlyBill"), pub == null ? null : (String) value(pub, "note"));
    }

    private static Placement placement(YMap p) {
        if (p == null) {
            return new Placement(Defaults.STRATEGY, List.of());
        }
        List<Placement.Rule> rules = new ArrayList<>();
        for (YNode r : list(p, "rules")) {
            rules.add(new Placement.Rule((String) value(r, "tier"), (String) value(r, "tenant"), (String) value(r, "region"), (String) value(r, "target")));
        }
        return new Placement(or((String) value(p, "strategy"), Defaults.STRATEGY), rules);
    }

    private static ControlsSpec controls(YMap c) {
        if (c == null) {
            return ControlsSpec.NONE;
        }
        YMap w = map(c, "workers");
        YMap r = map(c, "retries");
        YMap a = map(c, "admissionControl");
        return new ControlsSpec(perTier(map(c, "dbConnectionQuota"), v -> ((Long) v).intValue()),
                perTier(map(c, "statementTimeout"), v -> (Duration) v),
                perTier(map(c, "rateLimit"), v -> (Rate) v),
                perTier(map(c, "concurrencyCap"), v -> ((Long) v).intValue()),
                w == null ? null : new ControlsSpec.WorkerControl((String) value(w, "discipline"), integer(value(w, "perTenantCap"))),
                r == null ? null : new ControlsSpec.Retries(intOr(value(r, "max"), 0), (Duration) value(r, "backoff")),
                perTierMap(map(c, "circuitBreaker"), b -> new ControlsSpec.CircuitBreaker(intOr(value(b, "failures"), 1),
                        (Duration) value(b, "openFor"))),
                perTierMap(map(c, "bulkhead"), b -> intOr(value(b, "connections"), 1)),
                a == null ? null : new ControlsSpec.AdmissionControl(intOr(value(a, "queueLimit"), 1)),
                perTier(map(c, "cacheQuota"), v -> ((DataSize) v).bytes()));
    }

    private static ReportSpec report(YMap r) {
        if (r == null) {
            return ReportSpec.DEFAULT;
        }
        List<ReportSpec.Window> windows = new ArrayList<>();
        for (YNode w : list(r, "windows")) {
            windows.add(new ReportSpec.Window((String) value(w, "label"), (LocalTime) value(w, "from"), (LocalTime) value(w, "to")));
        }
        List<String> show = list(r, "show").stream().map(n -> (String) value(n)).toList();
        return new ReportSpec(windows, show);
    }

    private static <T> Map<String, T> perTier(YMap m, Function<Object, T> f) {
        Map<String, T> out = new LinkedHashMap<>();
        if (m != null) {
            m.entries().forEach(e -> out.put(e.key(), f.apply(value(e.value()))));
        }
        return out;
    }

    /** A map from tier name to a mapping, each mapping bound by {@code f}. */
    private static <T> Map<String, T> perTierMap(YMap m, Function<YMap, T> f) {
        Map<String, T> out = new LinkedHashMap<>();
        if (m != null) {
            m.entries().forEach(e -> out.put(e.key(), f.apply((YMap) e.value())));
        }
        return out;
    }

    private static <T> T or(T v, T dflt) {
        return v != null ? v : dflt;
    }

    private static Integer integer(Object v) {
        return v == null ? null : ((Long) v).intValue();
    }

    private static int intOr(Object v, int dflt) {
        return v == null ? dflt : ((Long) v).intValue();
    }
}
