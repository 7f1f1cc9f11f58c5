package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.fluid.ScenarioWorkload;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.calibrate.TraceCalibration;
import dev.tenantsim.workload.fingerprint.Fingerprint;
import dev.tenantsim.workload.fingerprint.Fingerprinter;
import dev.tenantsim.workload.trace.ReplayOptions;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReaderRegistry;
import dev.tenantsim.workload.trace.TraceReplay;
import dev.tenantsim.workload.trace.TraceWorkload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The held-out check of {@code tenantsim calibrate} on the Azure V1 sample (28 days): the scenario
 * fitted on days 0-7, fingerprinted over its horizon (days 7-14), against the trace's own
 * fingerprints of days 7-14 and, as the yardstick, of days 0-7 (how much a tenant changes from one
 * week to the next by itself). Computed once per test JVM.
 */
final class HeldOutWeek {
    static final int WEEK = 7 * 1440;
    static final Path TRACE = Path.of(System.getProperty("tenantsim.data", "../../shared/data"), "azure-v1-vm-cpu",
            "azure_v1_avg_cpu_25vms_5min.csv");
    private static HeldOutWeek instance;

    /** By tenant id: the generated scenario's, the trace's held-out week's and the trace's fit week's fingerprints. */
    final Map<String, Fingerprint> generated = new LinkedHashMap<>();
    final Map<String, Fingerprint> heldOut = new LinkedHashMap<>();
    final Map<String, Fingerprint> fitWeek = new LinkedHashMap<>();

    static synchronized HeldOutWeek get() {
        if (instance == null) {
            instance = new HeldOutWeek();
        }
        return instance;
    }

    private HeldOutWeek() {
        try {
            Path dir = Files.createTempDirectory("calibrate-heldout");
            Path yaml = dir.resolve("azure.yaml");
            CliHarness.Result r = CliHarness.run("calibrate", TRACE.toString(), "--format", "azure-v1", "--fit-days", "7",
                    "--out", yaml.toString());
            if (r.exit() != 0) {
                throw new IllegalStateException("calibrate failed: " + r.err());
            }
            ScenarioWorkload w = ScenarioWorkload.of(ScenarioLoader.load(yaml));
            Fingerprint[] g = Fingerprinter.compute(w.signatures(), w.horizonMinutes(), w.startMinuteOfDay());
            for (int i = 0; i < g.length; i++) {
                generated.put(w.population().get(i).id(), g[i]);
            }
            TraceWorkload t = TraceReplay.replay(TraceReaderRegistry.standard().reader("azure-v1"), TRACE, TraceOptions.STRICT,
                    ReplayOptions.DEFAULT);
            fingerprint(t, WEEK, heldOut);
            fingerprint(t, 0, fitWeek);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fingerprint(TraceWorkload t, int from, Map<String, Fingerprint> into) {
        Signature[] src = t.signatures();
        Signature[] week = new Signature[src.length];
        for (int i = 0; i < src.length; i++) {
            double[] rates = TraceCalibration.window(src[i], from, WEEK);
            week[i] = m -> rates[m];
        }
        int startMinuteOfDay = (int) Math.floorMod(Math.floorDiv(t.originEpochSecond(), 60) + from, 1440);
        Fingerprint[] f = Fingerprinter.compute(week, WEEK, startMinuteOfDay);
        for (int i = 0; i < f.length; i++) {
            into.put(t.population().get(i).id(), f[i]);
        }
    }
}
