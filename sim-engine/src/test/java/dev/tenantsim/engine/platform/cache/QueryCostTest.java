package dev.tenantsim.engine.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The growth laws of query cost against hand computation, and sharding against one database. */
final class QueryCostTest {
    @Test
    void logGrowthIsTheRatioOfIndexDepthsByHand() {
        QueryCost log = new QueryCost(QueryCost.Growth.LOG, QueryCost.Basis.SHARD, 100e9, 1000);
        // 1 TB of 1 KB rows = 1e9 rows, the reference 1e8 rows: ln(1e9)/ln(1e8) = 9/8 = 1.125.
        assertEquals(1.125, log.factor(1e12), 1e-12);
        // 10 GB: ln(1e7)/ln(1e8) = 7/8.
        assertEquals(0.875, log.factor(10e9), 1e-12);
        assertEquals(1.0, log.factor(100e9), 1e-12);
    }

    @Test
    void linearGrowthIsProportionalAndNoneIsFlat() {
        QueryCost lin = new QueryCost(QueryCost.Growth.LINEAR, QueryCost.Basis.SHARD, 100e9, 1000);
        assertEquals(3.0, lin.factor(300e9), 1e-12);
        assertEquals(1.0, QueryCost.FLAT.factor(1e15), 0);
        assertThrows(IllegalArgumentException.class, () -> new QueryCost(QueryCost.Growth.LOG, QueryCost.Basis.SHARD, -1, 1000));
        assertThrows(IllegalArgumentException.class, () -> QueryCost.Growth.named("quadratic"));
    }

    @Test
    void shardingOneLargeDatabaseLowersEveryQuerysCost() {
        int n = 40;
        DataAccess[] data = new DataAccess[n];
        double[] rate = new double[n];
        double[] io = new double[n];
        int[] one = new int[n];
        int[] four = new int[n];
        for (int t = 0; t < n; t++) {
            data[t] = new DataAccess(50e9, 0.8, Double.POSITIVE_INFINITY); // 2 TB in all
            rate[t] = 10;
            io[t] = 2;
            four[t] = t % 4;
        }
        for (QueryCost.Growth g : new QueryCost.Growth[] {QueryCost.Growth.LOG, QueryCost.Growth.LINEAR}) {
            DataPath path = DataPath.NONE.withQueryCost(new QueryCost(g, QueryCost.Basis.SHARD, 100e9, 1000));
            StackDataModel single = new StackDataModel(path, 1, one, data, rate, io);
            StackDataModel sharded = new StackDataModel(path, 4, four, data, rate, io);
            // By hand: one shard of 2e12 bytes, four of 5e11.
            double oneBy = g.factor(2e9, 1e8);
            double fourBy = g.factor(5e8, 1e8);
            System.out.printf("%s: cost factor one DB %.4f, four shards %.4f%n", g.yamlName(), single.cpuFactor(0), sharded.cpuFactor(0));
            for (int t = 0; t < n; t++) {
                assertEquals(oneBy, single.cpuFactor(t), 1e-12);
                assertEquals(fourBy, sharded.cpuFactor(t), 1e-12);
                assertEquals(fourBy, sharded.ioFactor(t), 1e-12, "no buffer pool: IO grows as CPU");
                assertTrue(sharded.cpuFactor(t) < single.cpuFactor(t), "sharding makes the query cheaper");
            }
        }
    }

    @Test
    void theDataPathOffChangesNothing() {
        StackDataModel m = new StackDataModel(DataPath.NONE, 1, new int[2],
                new DataAccess[] {new DataAccess(1e12, 0.8, Double.POSITIVE_INFINITY), DataAccess.NONE},
                new double[] {5, 5}, new double[] {2, 2});
        assertEquals(1, m.cpuFactor(0));
        assertEquals(1, m.ioFactor(1));
        assertEquals(0, m.appHit(0));
        assertTrue(!m.scanStarted(0, 1e12, 1e9), "no buffer pool: a scan changes nothing");
    }
}
