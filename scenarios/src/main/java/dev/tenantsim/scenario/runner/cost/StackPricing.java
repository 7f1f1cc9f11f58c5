package dev.tenantsim.scenario.runner.cost;

import dev.tenantsim.cost.bom.Inventory;
import dev.tenantsim.cost.bom.InventoryLine;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.bom.StackInventory;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.scenario.model.PricedItem;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's stacks as a priced {@link Inventory}. A stack that lists its {@code items} is
 * priced from them ({@code items: []}: nothing of its own). Otherwise it is priced from its size at AWS on-demand list prices of the
 * default price book: each app node is the smallest m5 instance with at least its cores (m5.large
 * 2, m5.xlarge 4, m5.2xlarge 8, m5.4xlarge 16 cores; several 16-core instances above that),
 * metered by CPU-seconds; the database is one single-AZ db.m5.large (2 vCPU) per two DB cores of each shard,
 * metered by connection-seconds; every stack has an application load balancer (overhead).
 * {@code costs.shared} items form one more stack, {@code platform}, shared by every tenant.
 */
public final class StackPricing {
    /** Instance per app node, by the node's cores. */
    static final String[][] APP_INSTANCES = {
            {"2", "aws.ec2.m5.large"}, {"4", "aws.ec2.m5.xlarge"}, {"8", "aws.ec2.m5.2xlarge"}, {"16", "aws.ec2.m5.4xlarge"}};
    static final String DB_INSTANCE = "aws.rds-mysql.db.m5.large.single-az";
    static final int DB_INSTANCE_CORES = 2;
    static final String LOAD_BALANCER = "aws.elb.alb";
    /** Id of the stack holding {@code costs.shared} items. */
    public static final String PLATFORM_STACK = "platform";

    private StackPricing() {
    }

    public static Inventory inventory(ScenarioModel m) {
        List<StackInventory> stacks = new ArrayList<>();
        for (int s = 0; s < m.layout().stacks().size(); s++) {
            PlacedStack ps = m.layout().stack(s);
            List<String> ids = m.layout().tenantsOn(s).stream().map(t -> m.workload().tenant(t).id()).toList();
            stacks.add(new StackInventory(ps.name(), kind(ps.kind()), lines(ps.stack()), ids, ps.stack().region()));
        }
        if (!m.scenario().costs().shared().isEmpty()) {
            List<String> all = m.workload().population().tenants().stream().map(t -> t.id()).toList();
            stacks.add(new StackInventory(PLATFORM_STACK, StackKind.POOLED, lines(m.scenario().costs().shared()), all));
        }
        return new Inventory(stacks);
    }

    /** Stack id → the region it runs in, for the stacks that name one. */
    public static java.util.Map<String, String> regions(ScenarioModel m) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int s = 0; s < m.layout().stacks().size(); s++) {
            PlacedStack ps = m.layout().stack(s);
            if (ps.stack().region() != null) {
                out.put(ps.name(), ps.stack().region());
            }
        }
        return out;
    }

    static StackKind kind(PlacedStack.Kind k) {
        return k == PlacedStack.Kind.DEDICATED ? StackKind.DEDICATED : StackKind.POOLED;
    }

    /** The stack's own items, or its size priced at list prices. */
    public static List<InventoryLine> lines(Stack s) {
        if (s.items() != null) {
            return lines(s.items());
        }
        List<InventoryLine> out = new ArrayList<>();
        int cores = s.app().coresPerNode();
        String instance = null;
        long perNode = 1;
        for (String[] candidate : APP_INSTANCES) {
            if (cores <= Integer.parseInt(candidate[0])) {
                instance = candidate[1];
                break;
            }
        }
        if (instance == null) {
            instance = APP_INSTANCES[APP_INSTANCES.length - 1][1];
            perNode = (cores + 15) / 16;
        }
        out.add(new InventoryLine(instance, s.app().nodes() * perNode, Meter.CPU_SECONDS));
        if (s.db() != null) {
            out.add(new InventoryLine(DB_INSTANCE, s.db().shards() * ((s.db().cores() + DB_INSTANCE_CORES - 1) / DB_INSTANCE_CORES),
                    Meter.CONNECTION_SECONDS));
        }
        out.add(InventoryLine.overhead(LOAD_BALANCER, 1));
        return out;
    }

    static List<InventoryLine> lines(List<PricedItem> items) {
        List<InventoryLine> out = new ArrayList<>();
        for (PricedItem i : items) {
            out.add(new InventoryLine(i.item(), i.quantity(), Meter.fromName(i.meter())));
        }
        return out;
    }

    /** Whether any stack of the scenario is priced from its size (the caller notes the rule). */
    public static boolean anyPricedBySize(ScenarioModel m) {
        return m.layout().stacks().stream().anyMatch(s -> s.stack().items() == null);
    }
}
