package dev.tenantsim.scenario.cli;

import dev.tenantsim.workload.calibrate.CalibrationException;
import dev.tenantsim.workload.calibrate.TenantFit;
import dev.tenantsim.workload.calibrate.TenantMeta;
import dev.tenantsim.workload.calibrate.TenantMetaCsv;
import dev.tenantsim.workload.calibrate.TraceCalibration;
import dev.tenantsim.workload.trace.ReplayOptions;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReaderRegistry;
import dev.tenantsim.workload.trace.TraceReplay;
import dev.tenantsim.workload.trace.TraceWorkload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit each traced tenant's signature and write a scenario that reproduces it.",
                "Per tenant: mean rate, weekend level, daily curve (amplitude, peak hour) and bursts (calm / burst",
                "levels, bursts per day, burst length), fitted on the trace's first --fit-days days; the scenario's",
                "horizon is the week after them, so its fingerprints can be checked against the trace's held-out week."},
        footer = {"", "Examples:",
                "  tenantsim calibrate ../shared/data/azure-v1-vm-cpu/azure_v1_avg_cpu_25vms_5min.csv --format azure-v1 --out azure.yaml",
                "  tenantsim calibrate trace.csv --tenants meta.csv --fit-days 14 --out mine.yaml --force"})
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "Trace file or folder (see: tenantsim list trace-formats).")
    Path trace;

    @Option(names = "--format", paramLabel = "NAME", description = "Trace format (default: recognised from the first file).")
    String format;

    @Option(names = "--tenants", paramLabel = "CSV", description = "Per-tenant metadata: a CSV with columns tenant and any of tier, users, data, region.")
    Path tenants;

    @Option(names = "--fit-days", paramLabel = "DAYS", defaultValue = "7", description = "Days fitted from the trace's start (default 7).")
    int fitDays;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Scenario file to write.")
    Path out;

    @Option(names = "--force", description = "Replace an existing file.")
    boolean force;

    @Option(names = "--lenient", description = "Skip and count bad trace rows instead of stopping at the first.")
    boolean lenient;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the written scenario (default 1).")
    long seed;

    @Override
    public Integer call() {
        if (fitDays < 2 || fitDays > 366) {
            throw new UserError("--fit-days (" + fitDays + ") must be a whole number of days from 2 to 366");
        }
        if (!Files.exists(trace)) {
            throw new UserError("trace (" + trace + ") not found");
        }
        if (Files.exists(out) && !force) {
            throw new UserError("--out (" + out + ") exists; use --force to replace it");
        }
        String f = format != null ? format : FingerprintCommand.sniff(trace);
        TraceReaderRegistry registry = TraceReaderRegistry.standard();
        if (!registry.names().contains(f)) {
            throw new UserError("--format (" + f + ") must be one of " + String.join(", ", registry.names()));
        }
        TraceWorkload w;
        try {
            w = TraceReplay.replay(registry.reader(f), trace, lenient ? TraceOptions.LENIENT : TraceOptions.STRICT,
                    ReplayOptions.DEFAULT);
        } catch (TraceFormatException e) {
            throw new UserError("trace (" + trace + ") is not a " + f + " trace: " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("trace (" + trace + ") cannot be read: " + e.getMessage());
        }
        if (w.population().size() == 0) {
            throw new UserError("trace (" + trace + ") holds no tenant");
        }
        try {
            Map<String, TenantMeta> meta = tenants == null ? Map.of() : TenantMetaCsv.read(tenants);
            Set<String> ids = new HashSet<>();
            w.population().tenants().forEach(p -> ids.add(p.id()));
            for (String id : meta.keySet()) {
                if (!ids.contains(id)) {
                    throw new UserError("--tenants (" + tenants + "): tenant " + id + " is not in the trace");
                }
                if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                    throw new UserError("trace tenant (" + id + ") cannot be a scenario tenant id (letters, digits, '.', '_', '-')");
                }
            }
            List<TenantFit> fits = TraceCalibration.fit(w, fitDays, meta);
            for (TenantFit fit : fits) {
                if (!fit.tenant().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                    throw new UserError("trace tenant (" + fit.tenant() + ") cannot be a scenario tenant id (letters, digits, '.', '_', '-')");
                }
            }
            int traced = TraceCalibration.tracedMinutes(w);
            Instant start = Instant.ofEpochSecond(w.originEpochSecond() + fitDays * 86_400L);
            String name = scenarioName();
            String yaml = CalibratedScenarioWriter.write(name, trace.getFileName().toString(), fitDays, start, fits, meta, seed);
            writeAtomically(yaml);
            var o = Cli.out(spec);
            o.printf(Locale.ROOT, "%s: %d tenants fitted on days 0-%d of %.1f days traced%s%n", trace.getFileName(), fits.size(),
                    fitDays, traced / 1440.0, traced < fitDays * 1440 ? " (shorter than --fit-days: fitted on all of it)" : "");
            long bursty = fits.stream().filter(x -> x.burst().isPresent()).count();
            o.printf(Locale.ROOT, "%d with bursts; horizon of the scenario: %d days from %s (the held-out week)%n", bursty,
                    CalibratedScenarioWriter.HORIZON_DAYS, start);
            o.println("wrote " + out);
            o.flush();
            return TenantsimCommand.OK;
        } catch (CalibrationException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("--tenants (" + tenants + ") cannot be read: " + e.getMessage());
        }
    }

    private String scenarioName() {
        String n = out.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return n.isEmpty() || !Character.isLetterOrDigit(n.charAt(0)) ? "calibrated" + n : n;
    }

    private void writeAtomically(String yaml) {
        AtomicFile.write(out, yaml, force, "--out");
    }
}
