package dev.tenantsim.report.html;

import java.util.LinkedHashMap;
import java.util.Map;

/** The docs/metrics.md definitions a report uses, quoted so every number has one stated meaning. */
final class Glossary {
    private Glossary() {
    }

    static final Map<String, String> RUN = new LinkedHashMap<>();
    static final Map<String, String> COST = new LinkedHashMap<>();
    static final Map<String, String> DATA_PATH = new LinkedHashMap<>();
    /** Definitions shown only when a run measured the figure (a stack with a cache). */
    static final Map<String, String> CACHE = new LinkedHashMap<>();

    static {
        RUN.put("Latency", "from a request's arrival at the edge to its response, including every queue it waited in. "
                + "Only completed requests have a latency; rejected, timed-out and killed requests enter the error rate, never the percentiles.");
        RUN.put("Percentiles (p50, p95, p99, p99.9)", "per tenant and tier; across replications, a percentile is the mean over "
                + "replications with its Student-t 95% interval. Recorded with HdrHistogram at 2 significant digits (relative error 1%).");
        RUN.put("Error rate", "failed / offered requests.");
        RUN.put("SLO", "a tenant's latency objective from its tier (p99 per minute) and its error budget (errors per minute).");
        RUN.put("SLO-violation minute", "a one-minute window in which the tenant's p99 exceeds the objective or its error rate exceeds "
                + "the budget; a minute with fewer than 20 requests is judged on its errors only.");
        RUN.put("Availability", "1 − violation minutes / minutes in the horizon.");
        RUN.put("Budgeting method", "how a tier's SLO counts good and bad events against its target: timeslices (each 1-minute "
                + "slice of each tenant, bad if it is a violation minute) or occurrences (each request, bad if it failed or took "
                + "longer than the threshold).");
        RUN.put("Error budget left", "1 − the share of the window's allowed bad events (1 − target) that the run spent, "
                + "the window's events taken at the run's rate; below 0 when overspent.");
        RUN.put("Burn rate", "bad share / (1 − target): how many times faster than the window allows the budget was spent; "
                + "at burn rate b a full budget lasts window / b.");
        RUN.put("Blast radius", "the share of tenants, and the share of revenue, with at least one violation minute, the aggressor excluded.");
        RUN.put("Noisy-neighbor ranking", "tenants ranked by their share of the busy time of the stack they share; the impact on a "
                + "victim is its p99 shared divided by its p99 alone on an identical stack (1.0 = neighbors cost it nothing).");
        RUN.put("Utilization", "time-weighted busy fraction of a resource (servers busy / servers) per minute, per stack.");
        DATA_PATH.put("Request class", "a named share of every tenant's requests (crud, analytics, ...) with its own work, route "
                + "(primary, replica or a store), client timeout and p99 objective; classes.csv has its latency and errors per stack.");
        DATA_PATH.put("Lock wait", "the time a write, holding its connection, waits on the primary for the shared locks long "
                + "statements (exports, locking classes) hold on its shard; past the lock-wait timeout it fails as lock-timeout.");
        DATA_PATH.put("Replica lag", "for each write committed on the primary, the time until the read replica can serve it: the "
                + "stated lag plus its wait for, and time on, the replica's single apply thread (data-tier.csv).");
        CACHE.put("Hit ratio", "of a tenant at a cache (app cache or DB buffer pool): hits / lookups of that tenant's requests at "
                + "that cache over the span; a miss is served by the next tier and its cost is counted there. The model is an LRU "
                + "cache shared by the stack's tenants, by Che's approximation over each tenant's Zipf-skewed keys; a scan's pages "
                + "compete as one-time references while it runs.");
        COST.put("Bill of materials", "every priced item with quantity × unit price = line total; the bill is the sum of its lines.");
        COST.put("Showback", "a tenant's share of each shared resource's monthly cost in proportion to its usage; "
                + "the sum over tenants plus the platform line equals the bill exactly.");
        COST.put("Gross margin", "(revenue − infrastructure bill − SLA credits) / revenue.");
        COST.put("SLA credits", "the contract's credit schedule applied to the tenant's simulated availability.");
    }
}
