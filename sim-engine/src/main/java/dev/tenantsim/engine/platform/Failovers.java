package dev.tenantsim.engine.platform;

import dev.tenantsim.engine.platform.metrics.SloJudge;
import dev.tenantsim.engine.platform.request.StackSimulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.HdrHistogram.AbstractHistogram;

/**
 * Tenants that fail over to another stack for a while ({@link TenantFaults.Guest} on the stack that
 * takes them): the request-level simulator runs each such tenant on both stacks, with its arrivals
 * on its own stack outside the guest minutes and on the taking stack inside them (the same
 * arrival stream, named by the tenant's id, so the requests are the ones it would have sent at
 * home), and merges the two parts into one {@link SimulatedTenant} of its own stack: counts and
 * errors summed, latency from both histograms, violation minutes the union of both (a minute is
 * judged where the tenant's requests went). Tenants are found by id; a guest unknown to the
 * scenario (a solo run) is skipped.
 */
final class Failovers {
    private Failovers() {
    }

    static boolean any(PlatformScenario s) {
        for (StackSpec spec : s.topology().stacks()) {
            if (!spec.faults().tenants().guests().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The global indices stack {@code stack} simulates: its own tenants and its guests, ascending. */
    static int[] tenantsOf(PlatformScenario s, int stack, int[] own) {
        List<TenantFaults.Guest> guests = s.topology().stacks().get(stack).faults().tenants().guests();
        if (guests.isEmpty()) {
            return own;
        }
        TreeSet<Integer> all = new TreeSet<>();
        for (int t : own) {
            all.add(t);
        }
        for (TenantFaults.Guest g : guests) {
            int i = indexOf(s, g.tenant());
            if (i >= 0 && s.topology().stackOf(i) != stack) {
                all.add(i);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every tenant's load as stack {@code stack} sees it: its guests' arrivals only in their minutes, its departed tenants' none then. */
    static List<TenantLoad> loadsOf(PlatformScenario s, int stack) {
        List<TenantLoad> loads = new ArrayList<>(s.tenants());
        for (int k = 0; k < s.topology().stacks().size(); k++) {
            for (TenantFaults.Guest g : s.topology().stacks().get(k).faults().tenants().guests()) {
                int i = indexOf(s, g.tenant());
                if (i < 0 || s.topology().stackOf(i) == k) {
                    continue;
                }
                TenantLoad l = loads.get(i);
                if (k == stack) {
                    loads.set(i, l.withRate(masked(l.rate(), g, true)).withJobs(List.of()));
                } else if (s.topology().stackOf(i) == stack) {
                    loads.set(i, l.withRate(masked(l.rate(), g, false)));
                }
            }
        }
        return loads;
    }

    /** The rate inside the guest's minutes only ({@code inside}), or outside them only. */
    static RateProfile masked(RateProfile rate, TenantFaults.Guest g, boolean inside) {
        int n = Math.max(rate.perMinute().length, g.toMinute() + 1);
        double[] out = new double[n];
        for (int m = 0; m < n; m++) {
            boolean in = m >= g.fromMinute() && m < g.toMinute();
            out[m] = in == inside ? rate.at(m) : 0;
        }
        return new RateProfile(out);
    }

    /** The two parts of a failed-over tenant as one, of its own stack ({@code home}). */
    static SimulatedTenant merge(SimulatedTenant home, AbstractHistogram homeLatency, SimulatedTenant guest,
                                 AbstractHistogram guestLatency, int minutes) {
        AbstractHistogram h = StackSimulation.newMergeHistogram();
        if (homeLatency != null) {
            h.add(homeLatency);
        }
        if (guestLatency != null) {
            h.add(guestLatency);
        }
        long[] errors = home.errorsByCause();
        long[] other = guest.errorsByCause();
        for (int c = 0; c < errors.length; c++) {
            errors[c] += other[c];
        }
        TreeSet<Integer> violations = new TreeSet<>();
        Arrays.stream(home.violationMinutes()).forEach(violations::add);
        Arrays.stream(guest.violationMinutes()).forEach(violations::add);
        int[] v = violations.stream().mapToInt(Integer::intValue).toArray();
        long completed = home.completed() + guest.completed();
        return new SimulatedTenant(home.tenant(), home.id(), home.tier(), home.stack(), home.revenueMicros(),
                home.offered() + guest.offered(), completed, home.attempts() + guest.attempts(), errors,
                StackSimulation.summarize(h), home.slowRequests() + guest.slowRequests(), home.throughput() + guest.throughput(),
                v, SloJudge.availability(v.length, minutes), home.inFlightAtEnd() + guest.inFlightAtEnd(), home.jobs(),
                sum(home.load(), guest.load()), home.cache());
    }

    /** Both merged histograms for a tenant's two parts (null when it completed nothing). */
    static AbstractHistogram both(AbstractHistogram a, AbstractHistogram b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        AbstractHistogram h = StackSimulation.newMergeHistogram();
        h.add(a);
        h.add(b);
        return h;
    }

    private static LoadSeries sum(LoadSeries a, LoadSeries b) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        int[] am = a.minutes();
        double[] as = a.seconds();
        for (int k = 0; k < am.length; k++) {
            m.merge(am[k], as[k], Double::sum);
        }
        int[] bm = b.minutes();
        double[] bs = b.seconds();
        for (int k = 0; k < bm.length; k++) {
            m.merge(bm[k], bs[k], Double::sum);
        }
        return new LoadSeries(m.keySet().stream().mapToInt(Integer::intValue).toArray(),
                m.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static int indexOf(PlatformScenario s, String id) {
        List<TenantLoad> t = s.tenants();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
