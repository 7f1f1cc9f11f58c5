package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.cache.CacheSpec;
import dev.tenantsim.engine.platform.cache.DataPath;
import dev.tenantsim.engine.platform.cache.QueryCost;
import dev.tenantsim.scenario.model.CacheSetting;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.model.TopologySpec;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.scenario.unit.DataSize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data path from the file and from code: an app cache, a buffer pool per shard, shards, access
 * skew, query cost and cache quotas bind to the same records, reach the engine's stack, and every
 * bad value is a located error. Without them the engine's data path is off.
 */
final class DataPathSectionTest {
    /** Line numbers in the cases below count from here. */
    static final List<String> BASE = List.of(
            "name: data",                                                                // 1
            "horizon: { length: 10min }",                                                // 2
            "tiers:",                                                                    // 3
            "  free: { slo: { p99: 500ms }, monthlyFee: 0 }",                            // 4
            "tenants:",                                                                  // 5
            "  generate: { count: 10, mix: { free: 100% }, users: { mean: 20 }, requestsPerUserPerMinute: 1 }", // 6
            "  explicit: [ { id: big, tier: free, users: 100, data: 1TB, accessSkew: 1.1 } ]", // 7
            "request:",                                                                  // 8
            "  appCpu: { dist: lognormal, mean: 5ms }",                                  // 9
            "  dbIo: { dist: exponential, mean: 10ops }",                                // 10
            "  access: { skew: 0.9 }",                                                   // 11
            "  queryCost: { growth: linear, basis: tenant, reference: 10GB }",           // 12
            "topology:",                                                                 // 13
            "  pooled:",                                                                 // 14
            "    app: { nodes: 1, coresPerNode: 4 }",                                    // 15
            "    db: { maxConnections: 100, cores: 8, shards: 2, bufferPool: { size: 32GB, pageSize: 16KiB } }", // 16
            "    cache: { size: 4GB }",                                                  // 17
            "controls:",                                                                 // 18
            "  cacheQuota: { free: 1GB }");                                              // 19

    static String file(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    static String replace(int line, String text) {
        List<String> l = new ArrayList<>(BASE);
        l.set(line - 1, text);
        return file(l);
    }

    static Scenario parse(String yaml) {
        return ScenarioLoader.parse(yaml, "d.yaml", Path.of("."));
    }

    @Test
    void theFileBindsCachesShardsSkewQueryCostAndQuotas() {
        Scenario s = parse(file(BASE));
        Stack pool = ((TopologySpec.Pooled) s.topology()).pool();
        assertEquals(new CacheSetting(4e9, 4096), pool.cache());
        assertEquals(new CacheSetting(32e9, 16384), pool.db().bufferPool());
        assertEquals(2, pool.db().shards());
        assertEquals(0.9, s.request().accessSkew());
        assertEquals("linear", s.request().queryCost().growth());
        assertEquals(1_000_000_000L, s.controls().cacheQuota().get("free"));

        ScenarioModel m = ScenarioModels.forRequestLevel(s, s.seed());
        StackSpec spec = m.layout().stacks().get(0).spec();
        assertEquals(new CacheSpec(4e9, 4096), spec.dataPath().appCache());
        assertEquals(new CacheSpec(32e9, 16384), spec.dataPath().bufferPool());
        assertEquals(new QueryCost(QueryCost.Growth.LINEAR, QueryCost.Basis.TENANT, 10e9, 1000), spec.dataPath().queryCost());
        assertEquals(2, spec.db().shards());
        int big = m.tenantCount() - 1;
        assertEquals(1e12, m.workload().access(big).dataBytes());
        assertEquals(1.1, m.workload().access(big).skew(), "the tenant's own skew");
        assertEquals(0.9, m.workload().access(0).skew(), "request.access.skew for the others");
        assertEquals(1e9, m.workload().access(0).quotaBytes());
    }

    @Test
    void withoutTheKeysTheDataPathIsOff() {
        List<String> plain = new ArrayList<>(BASE.subList(0, 10));
        plain.add("topology:");
        plain.add("  pooled: { app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 100, cores: 8 } }");
        Scenario s = parse(file(plain));
        assertNull(s.request().queryCost());
        StackSpec spec = ScenarioModels.forRequestLevel(s, 1).layout().stacks().get(0).spec();
        assertTrue(spec.dataPath().isOff(), "no cache, no pool, flat cost: " + spec.dataPath());
        assertEquals(DataPath.NONE, spec.dataPath());
    }

    @Test
    void theFluentApiBuildsTheSameDataPath() {
        Scenario built = Scenario.builder("data").horizon(Duration.ofMinutes(10))
                .tier("free", t -> t.sloP99(Duration.ofMillis(500)).monthlyFee("0"))
                .generate(g -> g.count(10).mix("free", 1).users(20, 20).requestsPerUserPerMinute(1))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(5), 1).accessSkew(0.9)
                        .queryCost("linear", "tenant", DataSize.gigabytes(10)))
                .pooled(p -> p.app(1, 4).db(100, 8).dbShards(2).bufferPool(DataSize.gigabytes(32)).cache(DataSize.gigabytes(4)))
                .controls(c -> c.cacheQuota("free", DataSize.gigabytes(1)))
                .build();
        Scenario fromFile = parse(file(BASE));
        Stack a = ((TopologySpec.Pooled) built.topology()).pool();
        Stack b = ((TopologySpec.Pooled) fromFile.topology()).pool();
        assertEquals(b.cache(), a.cache());
        assertEquals(b.db().shards(), a.db().shards());
        assertEquals(32e9, a.db().bufferPool().bytes());
        assertEquals(fromFile.request().accessSkew(), built.request().accessSkew());
        assertEquals(fromFile.request().queryCost(), built.request().queryCost());
        assertEquals(fromFile.controls().cacheQuota(), built.controls().cacheQuota());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative cache size  | 17 | '    cache: { size: -4GB }' | 'd.yaml:17:20: topology.pooled.cache.size: -4GB'",
        "zero cache size      | 17 | '    cache: { size: 0GB }' | 'd.yaml:17:20: topology.pooled.cache.size: 0GB — must be greater than 0B'",
        "cache without a size | 17 | '    cache: { itemSize: 4KB }' | 'd.yaml:17:12: topology.pooled.cache: missing required key ''size'''",
        "cache size no unit   | 17 | '    cache: { size: 4 }' | 'd.yaml:17:20: topology.pooled.cache.size: 4'",
        "skew zero            | 11 | '  access: { skew: 0 }' | 'd.yaml:11:19: request.access.skew: 0 — must be a positive number'",
        "skew negative        | 11 | '  access: { skew: -1 }' | 'd.yaml:11:19: request.access.skew: -1 — must be a positive number'",
        "skew NaN             | 11 | '  access: { skew: .nan }' | 'd.yaml:11:19: request.access.skew: .nan — must be a number'",
        "tenant skew zero     | 7  | '  explicit: [ { id: big, tier: free, users: 100, accessSkew: 0 } ]' | 'd.yaml:7:62: tenants.explicit[0].accessSkew: 0 — must be a positive number'",
        "unknown growth       | 12 | '  queryCost: { growth: quadratic }' | 'd.yaml:12:24: request.queryCost.growth: quadratic — is not a known name; allowed: none, log, linear'",
        "unknown basis        | 12 | '  queryCost: { basis: table }' | 'd.yaml:12:23: request.queryCost.basis: table — is not a known name; allowed: shard, tenant'",
        "negative pool        | 16 | '    db: { maxConnections: 100, cores: 8, bufferPool: { size: -1GB } }' | 'd.yaml:16:62: topology.pooled.db.bufferPool.size: -1GB — must not be negative'",
        "shards zero          | 16 | '    db: { maxConnections: 100, cores: 8, shards: 0 }' | 'd.yaml:16:50: topology.pooled.db.shards: 0 — must be a positive integer'",
        "quota unknown tier   | 19 | '  cacheQuota: { fre: 1GB }' | 'd.yaml:19:17: controls.cacheQuota.fre: unknown tier ''fre'' — did you mean ''free''?'",
        "quota negative       | 19 | '  cacheQuota: { free: -1GB }' | 'd.yaml:19:23: controls.cacheQuota.free: -1GB'",
        "typo in cache key    | 17 | '    cache: { sise: 4GB }' | 'd.yaml:17:14: topology.pooled.cache.sise: unknown key ''sise'' — did you mean ''size''?'",
    })
    void aBadValueGivesALocatedMessage(String kind, int line, String text, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(replace(line, text)), kind);
        String all = String.join("\n", e.lines());
        assertTrue(all.contains(expected), kind + ": expected\n  " + expected + "\nin\n" + all);
    }
}
