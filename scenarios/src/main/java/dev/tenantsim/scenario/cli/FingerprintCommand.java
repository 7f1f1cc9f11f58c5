package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.runner.fluid.ScenarioWorkload;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.fingerprint.Fingerprint;
import dev.tenantsim.workload.fingerprint.FingerprintClassifier;
import dev.tenantsim.workload.fingerprint.FingerprintCsvWriter;
import dev.tenantsim.workload.fingerprint.Fingerprinter;
import dev.tenantsim.workload.fingerprint.TenantClass;
import dev.tenantsim.workload.trace.ReplayOptions;
import dev.tenantsim.workload.trace.ReplaySignature;
import dev.tenantsim.workload.trace.TraceFormatException;
import dev.tenantsim.workload.trace.TraceOptions;
import dev.tenantsim.workload.trace.TraceReader;
import dev.tenantsim.workload.trace.TraceReaderRegistry;
import dev.tenantsim.workload.trace.TraceReplay;
import dev.tenantsim.workload.trace.TraceWorkload;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = {"Fingerprint the tenants of a trace or of a scenario, and put each in a placement bucket.",
                "Per tenant: mean, p50/p95/p99, peak/mean, burstiness, diurnal amplitude and phase, correlation",
                "with the aggregate and peak coincidence; bucket heavy / spiky / diurnal / steady.",
                "TRACE is a trace file or folder (see: tenantsim list trace-formats), or a scenario file or name."},
        footer = {"", "Examples:",
                "  tenantsim fingerprint ../shared/data/bitbrains-rnd/2013-7",
                "  tenantsim fingerprint ../shared/data/planetlab/20110303 --format planetlab --out pl.csv",
                "  tenantsim fingerprint quickstart"})
final class FingerprintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "Trace file or folder, or a scenario file or bundled name.")
    String source;

    @Option(names = "--format", paramLabel = "NAME", description = "Trace format (default: recognised from the first file).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Fingerprints CSV to write (default: tenantsim-out/fingerprints-<name>.csv).")
    Path out;

    @Option(names = "--force", description = "Replace an existing CSV.")
    boolean force;

    /** Tenants of one bucket listed in the summary before eliding. */
    static final int IDS_SHOWN = 5;
    /** Characters of an unrecognised first line quoted in the message. */
    static final int EXCERPT = 60;

    @Override
    public Integer call() {
        Path p = Path.of(source);
        Loaded loaded = Files.exists(p) && !isScenarioFile(p) ? loadTrace(p) : loadScenario();
        if (loaded.population().size() == 0) {
            throw new UserError("trace (" + source + ") holds no tenant");
        }
        Fingerprint[] fp = Fingerprinter.compute(loaded.signatures(), loaded.minutes(), loaded.startMinuteOfDay());
        Path csv = out != null ? out : Path.of("tenantsim-out", "fingerprints-" + loaded.name() + ".csv");
        if (Files.exists(csv) && !force) {
            throw new UserError("--out (" + csv + ") exists; use --force to replace it");
        }
        FingerprintClassifier classifier = FingerprintClassifier.DEFAULT;
        try {
            if (csv.toAbsolutePath().getParent() != null) {
                Files.createDirectories(csv.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                new FingerprintCsvWriter(classifier).write(loaded.population(), fp, w);
            }
        } catch (IOException e) {
            throw new UserError("--out (" + csv + ") cannot be written: " + e.getMessage());
        }
        printSummary(loaded, fp, classifier);
        Cli.out(spec).println("wrote " + csv);
        Cli.out(spec).flush();
        return TenantsimCommand.OK;
    }

    private void printSummary(Loaded l, Fingerprint[] fp, FingerprintClassifier classifier) {
        var o = Cli.out(spec);
        o.printf(Locale.ROOT, "%s: %d tenants over %d minutes (%.1f days)%n", l.name(), fp.length, l.minutes(),
                l.minutes() / 1440.0);
        Map<TenantClass, StringBuilder> ids = new EnumMap<>(TenantClass.class);
        Map<TenantClass, Integer> counts = new EnumMap<>(TenantClass.class);
        Map<TenantClass, Double> share = new EnumMap<>(TenantClass.class);
        for (Fingerprint f : fp) {
            TenantClass c = classifier.classify(f);
            int n = counts.merge(c, 1, Integer::sum);
            share.merge(c, f.shareOfAggregate(), Double::sum);
            StringBuilder b = ids.computeIfAbsent(c, k -> new StringBuilder());
            if (n <= IDS_SHOWN) {
                b.append(n > 1 ? ", " : "").append(l.population().get(f.index()).id());
            } else if (n == IDS_SHOWN + 1) {
                b.append(", ...");
            }
        }
        o.printf(Locale.ROOT, "%-8s %8s %9s  %s%n", "class", "tenants", "load", "tenants (first " + IDS_SHOWN + ")");
        for (TenantClass c : TenantClass.values()) {
            int n = counts.getOrDefault(c, 0);
            o.printf(Locale.ROOT, "%-8s %8d %8.1f%%  %s%n", c.yamlName(), n, 100 * share.getOrDefault(c, 0.0),
                    n == 0 ? "-" : ids.get(c));
        }
        Fingerprint top = fp[0];
        for (Fingerprint f : fp) {
            if (f.peakToMean() > top.peakToMean()) {
                top = f;
            }
        }
        o.printf(Locale.ROOT, "spikiest: %s (peak/mean %.2f, p99/p50 %.2f, peak coincidence %.2f)%n",
                l.population().get(top.index()).id(), top.peakToMean(), top.p50() > 0 ? top.p99() / top.p50() : 0.0,
                top.peakCoincidence());
        o.println("classes: heavy = at least 1% of the aggregate load; spiky = p99/p50 >= 3 and dispersion beyond the "
                + "daily cycle >= 2; diurnal = daily amplitude >= 30% of the mean; steady = the rest.");
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    private Loaded loadScenario() {
        if (format != null) {
            throw new UserError("trace (" + source + ") not found");
        }
        ScenarioWorkload w;
        try {
            w = ScenarioWorkload.of(dev.tenantsim.scenario.ScenarioLoader.resolve(source));
        } catch (dev.tenantsim.scenario.ScenarioException e) {
            if (!source.endsWith(".yaml") && !source.endsWith(".yml") && !Files.exists(Path.of(source))
                    && source.contains("/")) {
                throw new UserError("trace (" + source + ") not found");
            }
            throw e;
        }
        return new Loaded(w.scenario().name(), w.population(), w.signatures(), w.horizonMinutes(), w.startMinuteOfDay());
    }

    private Loaded loadTrace(Path p) {
        String f = format != null ? format : sniff(p);
        TraceReaderRegistry registry = TraceReaderRegistry.standard();
        if (!registry.names().contains(f)) {
            throw new UserError("--format (" + f + ") must be one of " + String.join(", ", registry.names()));
        }
        TraceWorkload w;
        try {
            w = TraceReplay.replay(registry.reader(f), p, TraceOptions.LENIENT, ReplayOptions.DEFAULT);
        } catch (TraceFormatException e) {
            throw new UserError("trace (" + p + ") is not a " + f + " trace: " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("trace (" + p + ") cannot be read: " + e.getMessage());
        }
        int minutes = 0;
        for (Signature s : w.signatures()) {
            if (s instanceof ReplaySignature r) {
                minutes = Math.max(minutes, r.firstMinute() + r.tracedMinutes());
            }
        }
        if (minutes < 1) {
            throw new UserError("trace (" + p + ") holds no sample a " + f + " reader accepts");
        }
        int startMinuteOfDay = (int) Math.floorMod(Math.floorDiv(w.originEpochSecond(), 60), 1440);
        String name = p.getFileName() == null ? "trace" : p.getFileName().toString();
        Path parent = p.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null) {
            name = parent.getFileName() + "-" + name;
        }
        return new Loaded(name.replaceAll("[^A-Za-z0-9._-]", "_"), w.population(), w.signatures(), minutes,
                startMinuteOfDay);
    }

    /** The format of a trace: the registered reader that recognises its first file's first line (gzip decompressed). */
    static String sniff(Path p) {
        Path file = p;
        try {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    file = files.filter(Files::isRegularFile).sorted().findFirst()
                            .orElseThrow(() -> new UserError("trace (" + p + ") is an empty folder"));
                }
            }
            String first = dev.tenantsim.workload.trace.TraceFiles.firstLine(file);
            if (first == null) {
                throw new UserError("trace (" + file + ") is empty");
            }
            TraceReaderRegistry registry = TraceReaderRegistry.standard();
            Optional<TraceReader> reader = registry.recognising(first);
            if (reader.isEmpty()) {
                throw new UserError("trace (" + p + ") format not recognised from its first line (" + excerpt(first)
                        + "); give --format, one of " + String.join(", ", registry.names()));
            }
            return reader.get().name();
        } catch (IOException | TraceFormatException e) {
            throw new UserError("trace (" + p + ") cannot be read: " + e.getMessage());
        }
    }

    /** The start of a line for a message, so a binary or very wide file does not flood the terminal. */
    private static String excerpt(String line) {
        String t = line.strip();
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + "...";
    }

    private record Loaded(String name, Population population, Signature[] signatures, int minutes,
                          int startMinuteOfDay) {
        Loaded {
            signatures = signatures.clone();
        }

        @Override
        public Signature[] signatures() {
            return signatures.clone();
        }
    }
}
