package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.unit.Rate;
import dev.tenantsim.scenario.yaml.YMap;
import java.math.BigDecimal;
import java.time.Duration;

/** A tier of {@link ScenarioBuilder#tier}: SLO, fee, users limit and quotas. */
public final class TierBuilder {
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

    /**
     * Budgets the SLO by occurrences: a share {@code target} (0.999 = 99.9%) of requests must
     * complete without error within {@code threshold}.
     */
    public TierBuilder sloOccurrences(double target, Duration threshold) {
        YMap slo = child(m, "slo");
        set(slo, "method", "occurrences");
        set(slo, "target", target);
        set(slo, "threshold", threshold);
        return this;
    }

    /** The SLO's target share of good slices or requests, as a fraction (0.999 = 99.9%). */
    public TierBuilder sloTarget(double fraction) {
        set(child(m, "slo"), "target", fraction);
        return this;
    }

    /** The window the SLO's target is counted over (default: the horizon). */
    public TierBuilder sloWindow(Duration window) {
        set(child(m, "slo"), "window", window);
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
