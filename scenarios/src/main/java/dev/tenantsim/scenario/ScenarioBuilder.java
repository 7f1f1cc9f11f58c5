package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.list;
import static dev.tenantsim.scenario.BuilderTree.set;
import static dev.tenantsim.scenario.BuilderTree.setIf;

import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YScalar;
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
 * Each section has a builder of its own ({@link TierBuilder}, {@link GenerateBuilder},
 * {@link TenantBuilder}, {@link RequestBuilder}, {@link StackBuilder}, {@link ControlsBuilder}); the timeline's
 * events are {@link #loadSpike}, {@link #dbDegradation}, {@link #stackOutage}, {@link #regionOutage},
 * {@link #controlPlaneOutage} and {@link #dependencyOutage}.
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

    /** Which engine runs the horizon (the file's {@code horizon.fidelity}); auto when not given. */
    public ScenarioBuilder fidelity(Fidelity fidelity) {
        set(child(root, "horizon"), "fidelity", fidelity.label());
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

    /** A {@code loadSpike} event: {@code tenant}'s arrival rate × {@code factor} over {@code [at, at + length)} from the start. */
    public ScenarioBuilder loadSpike(String tenant, Duration at, Duration length, double factor) {
        YMap e = event("loadSpike", at, length);
        set(e, "tenant", tenant);
        set(e, "factor", factor);
        return this;
    }

    /** A {@code dbDegradation} event: {@code stack}'s DB keeps {@code cpu} of its cores and {@code iops} of its IOPS (fractions). */
    public ScenarioBuilder dbDegradation(String stack, Duration at, Duration length, double cpu, double iops) {
        YMap e = event("dbDegradation", at, length);
        set(e, "stack", stack);
        set(e, "cpu", cpu);
        set(e, "iops", iops);
        return this;
    }

    /** A {@code stackOutage} event: {@code stack} is down over {@code [at, at + length)} from the start. */
    public ScenarioBuilder stackOutage(String stack, Duration at, Duration length) {
        YMap e = event("stackOutage", at, length);
        set(e, "stack", stack);
        return this;
    }

    /** A {@code stackOutage} with a failover to {@code pair} after the detection delay {@code after}. */
    public ScenarioBuilder stackOutage(String stack, Duration at, Duration length, String pair, Duration after) {
        YMap e = event("stackOutage", at, length);
        set(e, "stack", stack);
        set(child(e, "failover"), "to", pair);
        set(child(e, "failover"), "after", after);
        return this;
    }

    /** A {@code regionOutage}: every stack of {@code region} down; with {@code pairRegion} (or null) a failover after {@code after}. */
    public ScenarioBuilder regionOutage(String region, Duration at, Duration length, String pairRegion, Duration after) {
        YMap e = event("regionOutage", at, length);
        set(e, "region", region);
        if (pairRegion != null) {
            set(child(e, "failover"), "to", pairRegion);
            set(child(e, "failover"), "after", after);
        }
        return this;
    }

    /** A {@code controlPlaneOutage}: {@code mapping} cached (with {@code ttl}) or hotPath (ttl null). */
    public ScenarioBuilder controlPlaneOutage(Duration at, Duration length, String mapping, Duration ttl) {
        YMap e = event("controlPlaneOutage", at, length);
        set(e, "mapping", mapping);
        if (ttl != null) {
            set(e, "ttl", ttl);
        }
        return this;
    }

    /** A {@code dependencyOutage}: {@code dependency} fails for {@code tenant} (null: for every tenant). */
    public ScenarioBuilder dependencyOutage(String dependency, String tenant, Duration at, Duration length) {
        YMap e = event("dependencyOutage", at, length);
        set(e, "dependency", dependency);
        if (tenant != null) {
            set(e, "tenant", tenant);
        }
        return this;
    }

    private YMap event(String kind, Duration at, Duration length) {
        YMap e = new YMap(Location.NONE);
        set(e, "kind", kind);
        set(e, "at", at);
        set(e, "for", length);
        list(root, "events").add(e);
        return e;
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
}
