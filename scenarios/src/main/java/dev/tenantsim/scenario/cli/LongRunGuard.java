package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.runner.RequestLevelEstimate;
import dev.tenantsim.scenario.runner.fluid.HorizonRunner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Before a command runs anything: estimates the request-level runs among its scenarios
 * ({@link RequestLevelEstimate}), prints a long estimate, and refuses (exit 2) past the
 * {@link RunLimit} unless {@code --force-long-run} is given. Fluid runs are not estimated: the
 * fluid pass is linear in tenants × minutes and bounded by its window budget.
 */
final class LongRunGuard {
    private LongRunGuard() {
    }

    static void check(RunLimit limit, List<Scenario> runs, CommonOptions o, PrintWriter err) {
        int threads = Runtime.getRuntime().availableProcessors();
        List<RequestLevelEstimate> estimates = new ArrayList<>();
        for (Scenario s : runs) {
            if (!o.quiet && s.horizon().fidelity() == Fidelity.REQUEST && s.horizon().lengthSeconds() > 86_400) {
                err.printf(Locale.ROOT, "tenantsim: estimating the request-level run of %s over %,d min...%n", s.name(),
                        (long) Math.ceil(s.horizon().lengthSeconds() / 60));
                err.flush();
            }
            if (!HorizonRunner.usesFluid(s)) {
                estimates.add(RequestLevelEstimate.of(s, Cli.seedOf(o, s), Cli.replicationsOf(o, s), threads));
            }
        }
        if (estimates.isEmpty()) {
            return;
        }
        double seconds = 0;
        RequestLevelEstimate biggest = estimates.get(0);
        for (RequestLevelEstimate e : estimates) {
            seconds += e.seconds();
            biggest = e.heapBytes() > biggest.heapBytes() ? e : biggest;
        }
        boolean over = seconds > limit.maxSeconds() || limit.heapExceeded(biggest);
        if (over && !o.forceLongRun) {
            throw new UserError(refusal(limit, estimates, seconds, biggest));
        }
        if (!o.quiet && (over || seconds >= limit.noticeSeconds())) {
            for (RequestLevelEstimate e : estimates) {
                err.println("tenantsim: estimate: " + describe(e));
            }
            if (over) {
                err.println("tenantsim: over the limit (" + limitText(limit) + "); running anyway (--force-long-run).");
            }
            err.flush();
        }
    }

    private static String refusal(RunLimit limit, List<RequestLevelEstimate> estimates, double seconds, RequestLevelEstimate biggest) {
        StringBuilder b = new StringBuilder();
        b.append(estimates.size() == 1 ? "this request-level run is" : "these " + estimates.size() + " request-level runs are")
                .append(" estimated at about ").append(duration(seconds)).append(" and ").append(bytes(biggest.heapBytes()))
                .append(" of heap, more than the limit (").append(limitText(limit)).append("); nothing was run.");
        for (RequestLevelEstimate e : estimates) {
            b.append("\n  ").append(describe(e));
        }
        b.append("\n  To run it anyway, pass --force-long-run");
        if (limit.heapExceeded(biggest)) {
            b.append(" and give the JVM more heap (e.g. JAVA_TOOL_OPTIONS=-Xmx")
                    .append(Math.max(1, (long) Math.ceil(biggest.heapBytes() / limit.maxHeapShare() / (1L << 30)))).append("g)");
        }
        b.append("; or pass --fidelity fluid for the fluid pass over the whole horizon.");
        return b.toString();
    }

    /** "quickstart: request-level DES of 1,440 min x 2 replications, 41 tenants, 16,560,000 requests each: about 1 min, 90 MB". */
    static String describe(RequestLevelEstimate e) {
        return String.format(Locale.ROOT, "%s: request-level DES of %,d min x %d replication%s, %,d tenants on %d stack%s, %,.0f requests"
                        + " each: about %s and %s of heap (approximate)", e.scenario(), e.minutes(), e.replications(),
                e.replications() == 1 ? "" : "s", e.tenants(), e.stacks(), e.stacks() == 1 ? "" : "s", e.requests(),
                duration(e.seconds()), bytes(e.heapBytes()));
    }

    private static String limitText(RunLimit limit) {
        return duration(limit.maxSeconds()) + ", or " + Math.round(limit.maxHeapShare() * 100) + "% of the JVM's "
                + bytes(limit.maxHeapBytes()) + " heap";
    }

    /** "40 s", "12 min", "5 h 20 min", "3 d 4 h". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 120) {
            return s + " s";
        }
        long m = Math.round(seconds / 60);
        if (m < 120) {
            return m + " min";
        }
        if (m < 72 * 60) {
            return m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min");
        }
        long h = Math.round(seconds / 3600);
        return h / 24 + " d" + (h % 24 == 0 ? "" : " " + h % 24 + " h");
    }

    /** "900 KB", "120 MB", "3.9 GB". */
    static String bytes(long n) {
        if (n < 1L << 20) {
            return Math.max(1, Math.round(n / 1024.0)) + " KB";
        }
        if (n < 1L << 30) {
            return Math.round(n / (double) (1L << 20)) + " MB";
        }
        return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
    }
}
