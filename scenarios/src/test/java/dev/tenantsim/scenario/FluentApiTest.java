package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.unit.Rate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

final class FluentApiTest {
    static final String YAML = """
            name: fluent
            seed: 42
            horizon: { start: 2025-01-06T00:00Z, length: 2h, step: 1m }
            replications: 3
            tiers:
              free: { slo: { p99: 500ms, errorBudget: 1% }, monthlyFee: 0 }
              enterprise:
                slo: { p99: 100ms, errorBudget: 0.1%, availability: 99.95% }
                monthlyFee: 12000
                rateLimit: 100/s
                statementTimeout: 30s
            tenants:
              generate:
                count: 40
                mix: { free: 70%, enterprise: 30% }
                users: { mean: 50, max: 400, shape: lognormal }
                requestsPerUserPerMinute: 5
                pattern: diurnal
              explicit:
                - id: bigco
                  tier: enterprise
                  users: 300
                  data: 200GB
                  jobs: [ { kind: export, at: "00:30", connections: 4, queryTime: 5min } ]
            request:
              appCpu: { dist: lognormal, mean: 7ms, cv: 1.5 }
              dbCpu: { dist: gamma, mean: 3ms, cv: 2 }
              dbIo: { dist: exponential, mean: 2ops, cv: 1 }
            topology:
              pooled:
                app: { nodes: 1, coresPerNode: 4 }
                db: { maxConnections: 100, cores: 4 }
                workers: { count: 4, discipline: fifo }
            placement: { strategy: best-fit-decreasing }
            report:
              windows: [ { from: "00:25", to: "00:45", label: export } ]
              show: [ summary, cost ]
            variants:
              with-quotas:
                controls:
                  dbConnectionQuota: { enterprise: 1 }
                  rateLimit: { free: 10/s }
            """;

    static Scenario fluent() {
        return Scenario.builder("fluent").seed(42)
                .horizon(OffsetDateTime.parse("2025-01-06T00:00Z"), Duration.ofHours(2)).step(Duration.ofMinutes(1))
                .replications(3)
                .tier("free", t -> t.sloP99(Duration.ofMillis(500)).errorBudget(0.01).monthlyFee("0"))
                .tier("enterprise", t -> t.sloP99(Duration.ofMillis(100)).errorBudget(0.001).availability(0.9995)
                        .monthlyFee("12000").rateLimit(Rate.perSecond(100)).statementTimeout(Duration.ofSeconds(30)))
                .generate(g -> g.count(40).mix("free", 0.70).mix("enterprise", 0.30).users(50, 400, "lognormal")
                        .requestsPerUserPerMinute(5).pattern("diurnal"))
                .tenant("bigco", "enterprise", 300, t -> t.data(DataSize.gigabytes(200))
                        .job("export", LocalTime.of(0, 30), 4, Duration.ofMinutes(5)))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(7), 1.5).dbCpu("gamma", Duration.ofMillis(3), 2)
                        .dbIo("exponential", 2, 1))
                .pooled(p -> p.app(1, 4).db(100, 4).workers(4, "fifo"))
                .placement("best-fit-decreasing")
                .window("export", LocalTime.of(0, 25), LocalTime.of(0, 45))
                .show("summary", "cost")
                .variant("with-quotas", v -> v.controls(c -> c.dbConnectionQuota("enterprise", 1).rateLimit("free", Rate.perSecond(10))))
                .build();
    }

    @Test
    void fluentApiAndYamlGiveEqualScenarios() {
        Scenario fromYaml = ScenarioLoader.parse(YAML, "fluent.yaml", Path.of("").toAbsolutePath());
        assertEquals(fromYaml, fluent());
    }

    @Test
    void fluentApiGoesThroughTheSameValidator() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.builder("bad")
                .horizon(Duration.ofDays(36_500))
                .tier("pro", t -> t.sloP99(Duration.ofMillis(200)).monthlyFee("400").dbConnectionQuota(-5))
                .generate(g -> g.count(10).mix("pro", 0.5).users(20, 100).requestsPerUserPerMinute(1))
                .request(r -> r.appCpu("lognormal", Duration.ofMillis(5), 1))
                .pooled(p -> p.app(1, 4).workers(2, "fiffo"))
                .build());
        // Values built in code have no line; problems keep the order found: shapes first, then cross-field rules.
        assertEquals(java.util.List.of(
                "Scenario.builder(\"bad\"): horizon.length: PT876000H — must be at most 366d (one year)",
                "Scenario.builder(\"bad\"): tiers.pro.dbConnectionQuota: -5 — must be a positive integer",
                "Scenario.builder(\"bad\"): topology.pooled.workers.discipline: fiffo — is not a known name; did you mean 'fifo'? allowed: fifo, priority, drr, wfq",
                "Scenario.builder(\"bad\"): tenants.generate.mix: shares adding up to 50% — the shares must add up to 100%"),
                e.lines());
    }
}
