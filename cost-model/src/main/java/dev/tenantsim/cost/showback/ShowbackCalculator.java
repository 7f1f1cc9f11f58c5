package dev.tenantsim.cost.showback;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.Bill;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.bom.StackBill;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Attributes a bill to tenants (docs/metrics.md, "Showback"). For each stack s and each metered
 * resource r = (s, meter) with monthly cost C_r (the sum of the stack's lines with that meter):
 * <ol>
 *   <li>used part = C_r × utilization, utilization = Σ usage / capacity capped at 1, rounded
 *       half-even to a micro-dollar; tenant i gets usage(i, r) / Σ_j usage(j, r) of it;</li>
 *   <li>idle part = C_r − used part, by the {@link IdleRule}: in proportion to usage of r (even
 *       split if nobody used r), evenly over the stack's tenants, or kept on the platform line.</li>
 * </ol>
 * The stack's {@link Meter#OVERHEAD} lines (load balancers, NAT, monitoring...) are not capacity
 * that can sit idle: they are split in proportion to each tenant's used-part charges on that
 * stack (cost-weighted, as OpenCost shares overhead); if the stack's metered resources were not
 * used at all, the overhead is idle and follows the idle rule. A stack with no tenants puts
 * everything on the platform line. Every split is {@link LargestRemainder} on micro-dollars, so
 * tenants plus platform equal the bill exactly.
 */
public final class ShowbackCalculator {
    private ShowbackCalculator() {
    }

    public static Showback allocate(Bill bill, TenantRoster roster, UsageLedger ledger, IdleRule rule) {
        List<String> problems = new ArrayList<>();
        if (ledger.tenants() != roster.size()) {
            throw new CostInputException("ledger.tenants (" + ledger.tenants() + ") must equal the roster size ("
                    + roster.size() + ")");
        }
        java.util.Set<String> billed = new java.util.HashSet<>();
        for (StackBill sb : bill.stacks()) {
            billed.add(sb.stackId());
        }
        for (String id : ledger.stacks().keySet()) {
            if (!billed.contains(id)) {
                problems.add("ledger.stacks." + id + " is not a stack of the bill");
            }
        }
        List<ShowbackLine> lines = new ArrayList<>();
        int[] memberSlot = new int[roster.size()];
        Arrays.fill(memberSlot, -1);
        for (StackBill sb : bill.stacks()) {
            stack(sb, roster, ledger.stacks().getOrDefault(sb.stackId(), Map.of()), rule, memberSlot, lines, problems);
        }
        if (!problems.isEmpty()) {
            throw new CostInputException(problems);
        }
        return new Showback(rule, roster, bill.total(), lines);
    }

    /**
     * @param memberSlot scratch array over the roster, all −1 on entry and on exit: the stack's
     *                   members are marked with their position in the stack's tenant list
     */
    private static void stack(StackBill sb, TenantRoster roster, Map<Meter, MeterUsage> usages, IdleRule rule,
            int[] memberSlot, List<ShowbackLine> lines, List<String> problems) {
        String id = sb.stackId();
        int[] members = new int[sb.tenantIds().size()];
        int known = 0;
        int before = problems.size();
        for (int k = 0; k < members.length; k++) {
            String t = sb.tenantIds().get(k);
            if (!roster.contains(t)) {
                problems.add("stacks." + id + ".tenants: " + roster.indexOfMessage(t));
                continue;
            }
            members[k] = roster.indexOf(t);
            memberSlot[members[k]] = k;
            known++;
        }
        try {
            for (Map.Entry<Meter, MeterUsage> e : usages.entrySet()) {
                MeterUsage u = e.getValue();
                for (int k = 0; k < u.entries(); k++) {
                    if (u.usageAt(k) > 0 && memberSlot[u.tenantAt(k)] < 0) {
                        problems.add("ledger.stacks." + id + "." + e.getKey().yamlName() + ": tenant "
                                + roster.get(u.tenantAt(k)).id() + " has usage (" + u.usageAt(k)
                                + ") but is not assigned to stack " + id);
                    }
                }
            }
            if (problems.size() > before || known != members.length) {
                return;
            }
            attribute(sb, members, memberSlot, usages, rule, lines, problems);
        } finally {
            for (int m : members) {
                memberSlot[m] = -1; // every slot this stack could have marked; all are -1 again on exit
            }
        }
    }

    private static void attribute(StackBill sb, int[] members, int[] memberSlot, Map<Meter, MeterUsage> usages,
            IdleRule rule, List<ShowbackLine> lines, List<String> problems) {
        String id = sb.stackId();
        if (members.length == 0) {
            // nobody to attribute to: no usage data needed, the whole stack is the platform's
            for (Meter meter : Meter.values()) {
                long cost = sb.total(meter).micros();
                if (cost != 0) {
                    emit(id, meter, members, new long[0], new long[0], cost, lines);
                }
            }
            return;
        }
        long[] usedByMember = new long[members.length];
        for (Meter meter : Meter.values()) {
            if (!meter.metered()) {
                continue;
            }
            long cost = sb.total(meter).micros();
            if (cost == 0) {
                continue;
            }
            MeterUsage u = usages.get(meter);
            if (u == null) {
                problems.add("ledger.stacks." + id + "." + meter.yamlName() + " is missing: stack " + id + " has "
                        + Money.ofMicros(cost).format() + " of " + meter.yamlName() + " lines to attribute");
                continue;
            }
            double[] w = new double[members.length];
            for (int k = 0; k < u.entries(); k++) {
                int slot = memberSlot[u.tenantAt(k)];
                if (slot >= 0) { // a non-member's entry can only be a recorded 0 (checked above)
                    w[slot] = u.usageAt(k);
                }
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (double x : w) {
                sum = sum.add(BigDecimal.valueOf(x));
            }
            long used = 0;
            long[] usedParts = new long[members.length];
            if (sum.signum() > 0) {
                used = BigDecimal.valueOf(cost).multiply(sum)
                        .divide(BigDecimal.valueOf(u.capacity()), 0, RoundingMode.HALF_EVEN).longValueExact();
                used = Math.min(cost, used);
                usedParts = LargestRemainder.split(used, w);
            }
            long[] idleParts = new long[members.length];
            long platform = idle(cost - used, rule, sum.signum() > 0 ? w : null, idleParts);
            emit(id, meter, members, usedParts, idleParts, platform, lines);
            for (int k = 0; k < members.length; k++) {
                usedByMember[k] += usedParts[k];
            }
        }
        long overhead = sb.total(Meter.OVERHEAD).micros();
        if (overhead > 0) {
            long[] usedParts = new long[members.length];
            long[] idleParts = new long[members.length];
            long platform = 0;
            if (Arrays.stream(usedByMember).sum() > 0) {
                usedParts = LargestRemainder.split(overhead, usedByMember);
            } else {
                platform = idle(overhead, rule, null, idleParts);
            }
            emit(id, Meter.OVERHEAD, members, usedParts, idleParts, platform, lines);
        }
    }

    /** Splits an idle amount into {@code parts} by the rule; returns what stays on the platform line. */
    private static long idle(long idle, IdleRule rule, double[] usageWeights, long[] parts) {
        if (idle == 0) {
            return 0;
        }
        if (parts.length == 0 || rule == IdleRule.PLATFORM) {
            return idle;
        }
        long[] split = rule == IdleRule.PROPORTIONAL && usageWeights != null
                ? LargestRemainder.split(idle, usageWeights)
                : LargestRemainder.even(idle, parts.length);
        System.arraycopy(split, 0, parts, 0, parts.length);
        return 0;
    }

    private static void emit(String stackId, Meter meter, int[] members, long[] used, long[] idle, long platform,
            List<ShowbackLine> lines) {
        if (platform != 0) {
            lines.add(new ShowbackLine(ShowbackLine.PLATFORM, stackId, meter, Money.ZERO, Money.ofMicros(platform)));
        }
        for (int k = 0; k < members.length; k++) {
            if (used[k] != 0 || idle[k] != 0) {
                lines.add(new ShowbackLine(members[k], stackId, meter, Money.ofMicros(used[k]), Money.ofMicros(idle[k])));
            }
        }
    }
}
