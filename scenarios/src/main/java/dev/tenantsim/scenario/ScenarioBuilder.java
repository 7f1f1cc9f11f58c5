package dev.tenantsim.scenario;

import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.unit.Rate;
import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YScalar;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * The fluent Java API: the same model as a scenario file, built in code.
 *
 * <pre>{@code
 * Scenario s = Scenario.builder("quickstart").seed(42).horizon(Duration.ofHours(2))
 *     .tier("free", t -> t.sloP99(Duration.ofMillis(500)).monthlyFee("0"))
 *     .generate(g -> g.count(20).mix("free", 1.0).users(50, 500).requestsPerUserPerMinute(1.0))
 *     .request(r -> r.appCpu("lognormal", Duration.ofMillis(8), 1.5))
 *     .pooled(p -> p.app(2, 4))
 *     .build();
 * }</pre>
 *
 * <p>It writes the same tree a YAML file would give (keys as in the file, values typed), and
 * {@link #build()} runs the same validation and binding, so a scenario built here equals the one
 * read from the equivalent file, and a bad value fails with the same message (without a line).
 * Fractions are given as fractions ({@code 0.01} for 1%), durations as {@link Duration}.
 */
public final class ScenarioBuilder {
    private final String name;
    private final YMap root = new YMap(Location.NONE);

    ScenarioBuilder(String name) {
        this.name = name;
        set(root, "name", name);
    }

    private ScenarioBuilder() {
        this.name = null;
    }

    /** Validates and binds; throws {@link ScenarioException} listing every problem. */
    public Scenario build() {
        return ScenarioLoader.fromTree(root, "Scenario.builder(\"" + name + "\")", Path.of("").toAbsolutePath());
    }

    public ScenarioBuilder description(String text) {
        set(root, "description", text);
        return this;
    }

    public ScenarioBuilder seed(long seed) {
        set(root, "seed", seed);
        return this;
    }

    public ScenarioBuilder horizon(Duration length) {
        set(child(root, "horizon"), "length", length);
        return this;
    }

    public ScenarioBuilder horizon(OffsetDateTime start, Duration length) {
        set(child(root, "horizon"), "start", start);
        return horizon(length);
    }

    public ScenarioBuilder step(Duration step) {
        set(child(root, "horizon"), "step", step);
        return this;
    }

    public ScenarioBuilder replications(int n) {
        set(root, "replications", (long) n);
        return this;
    }

    public ScenarioBuilder tier(String tierName, Consumer<TierBuilder> spec) {
        spec.accept(new TierBuilder(child(child(root, "tiers"), tierName)));
        return this;
    }

    public ScenarioBuilder generate(Consumer<GenerateBuilder> spec) {
        spec.accept(new GenerateBuilder(child(child(root, "tenants"), "generate")));
        return this;
    }

    /** A named tenant of {@code tier} with {@code users} users. */
    public ScenarioBuilder tenant(String id, String tier, int users, Consumer<TenantBuilder> spec) {
        YMap t = new YMap(Location.NONE);
        set(t, "id", id);
        set(t, "tier", tier);
        set(t, "users", (long) users);
        list(child(root, "tenants"), "explicit").add(t);
        spec.accept(new TenantBuilder(t));
        return this;
    }

    public ScenarioBuilder tenant(String id, String tier, int users) {
        return tenant(id, tier, users, t -> { });
    }

    public ScenarioBuilder trace(String format, Path path) {
        YMap t = child(child(root, "tenants"), "trace");
        set(t, "format", format);
        set(t, "path", path);
        return this;
    }

    public ScenarioBuilder request(Consumer<RequestBuilder> spec) {
        spec.accept(new RequestBuilder(child(root, "request")));
        return this;
    }

    public ScenarioBuilder pooled(Consumer<StackBuilder> spec) {
        spec.accept(new StackBuilder(child(child(root, "topology"), "pooled")));
        return this;
    }

    public ScenarioBuilder dedicated(Consumer<StackBuilder> spec) {
        spec.accept(new StackBuilder(child(child(root, "topology"), "dedicated")));
        return this;
    }

    public ScenarioBuilder hybrid(Consumer<StackBuilder> pool, Consumer<StackBuilder> dedicatedStack) {
        YMap h = child(child(root, "topology"), "hybrid");
        pool.accept(new StackBuilder(child(h, "pool")));
        dedicatedStack.accept(new StackBuilder(child(h, "dedicated")));
        return this;
    }

    /** A group of {@code count} identical cells; {@code tiers} limits which tiers go there (none: any). */
    public ScenarioBuilder cells(String group, int count, Consumer<StackBuilder> spec, String... tiers) {
        YMap g = child(child(child(root, "topology"), "cells"), group);
        set(g, "count", (long) count);
        spec.accept(new StackBuilder(g));
        for (String t : tiers) {
            list(g, "tiers").add(YScalar.of(t));
        }
        return this;
    }

    public ScenarioBuilder placement(String strategy) {
        set(child(root, "placement"), "strategy", strategy);
        return this;
    }

    /** A placement rule; null criteria match anything. */
    public ScenarioBuilder placementRule(String tier, String tenant, String region, String target) {
        YMap r = new YMap(Location.NONE);
        setIf(r, "tier", tier);
        setIf(r, "tenant", tenant);
        setIf(r, "region", region);
        set(r, "target", target);
        list(child(root, "placement"), "rules").add(r);
        return this;
    }

    public ScenarioBuilder controls(Consumer<ControlsBuilder> spec) {
        spec.accept(new ControlsBuilder(child(root, "controls")));
        return this;
    }

    public ScenarioBuilder window(String label, LocalTime from, LocalTime to) {
        YMap w = new YMap(Location.NONE);
        set(w, "from", from);
        set(w, "to", to);
        set(w, "label", label);
        list(child(root, "report"), "windows").add(w);
        return this;
    }

    public ScenarioBuilder show(String... sections) {
        for (String s : sections) {
            list(child(root, "report"), "show").add(YScalar.of(s));
        }
        return this;
    }

    public ScenarioBuilder priceBook(Path path) {
        set(root, "priceBook", path);
        return this;
    }

    /** A variant: the base with the parts {@code overrides} sets replaced (topology whole, the rest merged). */
    public ScenarioBuilder variant(String variantName, Consumer<ScenarioBuilder> overrides) {
        ScenarioBuilder v = new ScenarioBuilder();
        overrides.accept(v);
        child(root, "variants").put(variantName, v.root);
        return this;
    }

    // ---- nested builders -------------------------------------------------------------------

    /** A tier: SLO, fee, users limit and quotas. */
    public static final class TierBuilder {
        private final YMap m;

        TierBuilder(YMap m) {
            this.m = m;
        }

        public TierBuilder sloP99(Duration p99) {
            set(child(m, "slo"), "p99", p99);
            return this;
        }

        /** Errors allowed per minute, as a fraction (0.01 = 1%). */
        public TierBuilder errorBudget(double fraction) {
            set(child(m, "slo"), "errorBudget", fraction);
            return this;
        }

        /** Contracted availability, as a fraction (0.9995 = 99.95%). */
        public TierBuilder availability(double fraction) {
            set(child(m, "slo"), "availability", fraction);
            return this;
        }

        public TierBuilder monthlyFee(String amount) {
            set(m, "monthlyFee", new BigDecimal(amount));
            return this;
        }

        public TierBuilder users(int maxUsers) {
            set(m, "users", (long) maxUsers);
            return this;
        }

        public TierBuilder dbConnectionQuota(int n) {
            set(m, "dbConnectionQuota", (long) n);
            return this;
        }

        public TierBuilder statementTimeout(Duration d) {
            set(m, "statementTimeout", d);
            return this;
        }

        public TierBuilder rateLimit(Rate r) {
            set(m, "rateLimit", r);
            return this;
        }

        public TierBuilder concurrencyCap(int n) {
            set(m, "concurrencyCap", (long) n);
            return this;
        }
    }

    /** A generated population. */
    public static final class GenerateBuilder {
        private final YMap m;

        GenerateBuilder(YMap m) {
            this.m = m;
        }

        public GenerateBuilder count(int n) {
            set(m, "count", (long) n);
            return this;
        }

        /** Share of tenants in {@code tier}, as a fraction (0.7 = 70%). */
        public GenerateBuilder mix(String tier, double fraction) {
            set(child(m, "mix"), tier, fraction);
            return this;
        }

        public GenerateBuilder users(double mean, int max) {
            YMap u = child(m, "users");
            set(u, "mean", mean);
            set(u, "max", (long) max);
            return this;
        }

        public GenerateBuilder users(double mean, int max, String shape) {
            users(mean, max);
            set(child(m, "users"), "shape", shape);
            return this;
        }

        public GenerateBuilder requestsPerUserPerMinute(double r) {
            set(m, "requestsPerUserPerMinute", r);
            return this;
        }

        public GenerateBuilder pattern(String pattern) {
            set(m, "pattern", pattern);
            return this;
        }
    }

    /** A named tenant's optional parts. */
    public static final class TenantBuilder {
        private final YMap m;

        TenantBuilder(YMap m) {
            this.m = m;
        }

        public TenantBuilder requestsPerUserPerMinute(double r) {
            set(m, "requestsPerUserPerMinute", r);
            return this;
        }

        public TenantBuilder pattern(String pattern) {
            set(m, "pattern", pattern);
            return this;
        }

        public TenantBuilder data(DataSize size) {
            set(m, "data", size);
            return this;
        }

        public TenantBuilder region(String region) {
            set(m, "region", region);
            return this;
        }

        public TenantBuilder job(String kind, LocalTime at, int connections, Duration queryTime) {
            YMap j = new YMap(Location.NONE);
            set(j, "kind", kind);
            set(j, "at", at);
            set(j, "connections", (long) connections);
            set(j, "queryTime", queryTime);
            list(m, "jobs").add(j);
            return this;
        }
    }

    /** Work per request. */
    public static final class RequestBuilder {
        private final YMap m;

        RequestBuilder(YMap m) {
            this.m = m;
        }

        public RequestBuilder appCpu(String dist, Duration mean, double cv) {
            return work("appCpu", dist, mean, cv);
        }

        public RequestBuilder dbCpu(String dist, Duration mean, double cv) {
            return work("dbCpu", dist, mean, cv);
        }

        public RequestBuilder dbIo(String dist, double meanOps, double cv) {
            return work("dbIo", dist, meanOps, cv);
        }

        private RequestBuilder work(String key, String dist, Object mean, double cv) {
            YMap w = child(m, key);
            set(w, "dist", dist);
            set(w, "mean", mean);
            set(w, "cv", cv);
            return this;
        }
    }

    /** One stack. */
    public static final class StackBuilder {
        private final YMap m;

        StackBuilder(YMap m) {
            this.m = m;
        }

        public StackBuilder app(int nodes, int coresPerNode) {
            YMap a = child(m, "app");
            set(a, "nodes", (long) nodes);
            set(a, "coresPerNode", (long) coresPerNode);
            return this;
        }

        public StackBuilder db(int maxConnections, int cores) {
            YMap d = child(m, "db");
            set(d, "maxConnections", (long) maxConnections);
            set(d, "cores", (long) cores);
            return this;
        }

        public StackBuilder dbIops(int iops) {
            set(child(m, "db"), "iops", (long) iops);
            return this;
        }

        public StackBuilder workers(int count, String discipline) {
            YMap w = child(m, "workers");
            set(w, "count", (long) count);
            set(w, "discipline", discipline);
            return this;
        }
    }

    /** Per-tier controls. */
    public static final class ControlsBuilder {
        private final YMap m;

        ControlsBuilder(YMap m) {
            this.m = m;
        }

        public ControlsBuilder dbConnectionQuota(String tier, int n) {
            set(child(m, "dbConnectionQuota"), tier, (long) n);
            return this;
        }

        public ControlsBuilder statementTimeout(String tier, Duration d) {
            set(child(m, "statementTimeout"), tier, d);
            return this;
        }

        public ControlsBuilder rateLimit(String tier, Rate r) {
            set(child(m, "rateLimit"), tier, r);
            return this;
        }

        public ControlsBuilder concurrencyCap(String tier, int n) {
            set(child(m, "concurrencyCap"), tier, (long) n);
            return this;
        }

        public ControlsBuilder workers(String discipline, int perTenantCap) {
            YMap w = child(m, "workers");
            set(w, "discipline", discipline);
            set(w, "perTenantCap", (long) perTenantCap);
            return this;
        }
    }

    // ---- tree helpers ----------------------------------------------------------------------

    private static YMap child(YMap parent, String key) {
        if (parent.get(key) instanceof YMap m) {
            return m;
        }
        YMap m = new YMap(Location.NONE);
        parent.put(key, m);
        return m;
    }

    private static YList list(YMap parent, String key) {
        if (parent.get(key) instanceof YList l) {
            return l;
        }
        YList l = new YList(Location.NONE);
        parent.put(key, l);
        return l;
    }

    private static void set(YMap m, String key, Object value) {
        m.put(key, YScalar.of(value instanceof Integer i ? Long.valueOf(i) : value));
    }

    private static void setIf(YMap m, String key, Object value) {
        if (value != null) {
            set(m, key, value);
        }
    }
}
