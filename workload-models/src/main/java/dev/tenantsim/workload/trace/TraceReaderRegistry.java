package dev.tenantsim.workload.trace;

import dev.tenantsim.workload.trace.aggregate.AggregateCurveTraceReader;
import dev.tenantsim.workload.trace.alibaba.AlibabaTraceReader;
import dev.tenantsim.workload.trace.azure.AzureLlmTraceReader;
import dev.tenantsim.workload.trace.azure.AzureV1TraceReader;
import dev.tenantsim.workload.trace.bitbrains.BitbrainsTraceReader;
import dev.tenantsim.workload.trace.cloudwatch.CloudWatchTraceReader;
import dev.tenantsim.workload.trace.csv.LongCsvTraceReader;
import dev.tenantsim.workload.trace.google.Google2019TraceReader;
import dev.tenantsim.workload.trace.opencost.OpenCostTraceReader;
import dev.tenantsim.workload.trace.planetlab.PlanetLabTraceReader;
import dev.tenantsim.workload.trace.prometheus.PrometheusTraceReader;
import dev.tenantsim.workload.trace.swf.SwfTraceReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Trace readers by format name, the one list of formats: explicit registration, each reader
 * naming, describing and recognising itself; an unknown name lists the valid ones.
 */
public final class TraceReaderRegistry {
    private final Map<String, Supplier<TraceReader>> readers;
    private final Map<String, TraceReader> prototypes;

    private TraceReaderRegistry(Map<String, Supplier<TraceReader>> readers) {
        this.readers = Collections.unmodifiableMap(new LinkedHashMap<>(readers));
        Map<String, TraceReader> p = new LinkedHashMap<>();
        readers.forEach((name, s) -> p.put(name, s.get()));
        this.prototypes = Collections.unmodifiableMap(p);
    }

    /** The formats tenantsim reads, in the order {@code tenantsim list trace-formats} shows them. */
    public static TraceReaderRegistry standard() {
        return of(List.of(
                LongCsvTraceReader::new,
                BitbrainsTraceReader::new,
                PlanetLabTraceReader::new,
                AzureV1TraceReader::new,
                AzureLlmTraceReader::new,
                AlibabaTraceReader::new,
                SwfTraceReader::new,
                Google2019TraceReader::new,
                AggregateCurveTraceReader::new,
                PrometheusTraceReader::new,
                CloudWatchTraceReader::new,
                OpenCostTraceReader::new));
    }

    /** A registry of {@code readers}, each registered under its own {@link TraceReader#name()}. */
    public static TraceReaderRegistry of(List<Supplier<TraceReader>> readers) {
        TraceReaderRegistry r = new TraceReaderRegistry(Map.of());
        for (Supplier<TraceReader> s : readers) {
            r = r.with(s);
        }
        return r;
    }

    /** This registry plus {@code reader}; a name already registered is refused. */
    public TraceReaderRegistry with(Supplier<TraceReader> reader) {
        String name = reader.get().name();
        Map<String, Supplier<TraceReader>> m = new LinkedHashMap<>(readers);
        if (m.putIfAbsent(name, reader) != null) {
            throw new IllegalArgumentException("trace format " + name + " is already registered");
        }
        return new TraceReaderRegistry(m);
    }

    public Set<String> names() {
        return readers.keySet();
    }

    /** Format name → the reader's one-line description, in registry order. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        prototypes.forEach((name, r) -> m.put(name, r.description()));
        return Collections.unmodifiableMap(m);
    }

    /** A new reader of format {@code name}; an unknown name fails with the valid ones. */
    public TraceReader reader(String name) {
        Supplier<TraceReader> s = readers.get(name);
        if (s == null) {
            throw new IllegalArgumentException("trace.format (" + name + ") is not known; valid: " + names());
        }
        return s.get();
    }

    /** A new reader of format {@code name}; an unknown name fails with "must be one of" and the names. */
    public TraceReader named(String name) {
        Supplier<TraceReader> s = readers.get(name);
        if (s == null) {
            throw new IllegalArgumentException("trace format (" + name + ") must be one of " + String.join(", ", names()));
        }
        return s.get();
    }

    /**
     * The reader of the format whose files start with {@code firstLine}, or empty when none
     * recognises it; a line two readers claim is a registration error and fails.
     */
    public Optional<TraceReader> recognising(String firstLine) {
        String header = firstLine.trim().toLowerCase(Locale.ROOT);
        List<String> claims = new ArrayList<>();
        for (TraceReader r : prototypes.values()) {
            if (r.recognises(header)) {
                claims.add(r.name());
            }
        }
        if (claims.size() > 1) {
            throw new IllegalStateException("trace formats " + claims + " all claim a file starting with (" + firstLine
                    + "); their recognises() must not overlap");
        }
        return claims.isEmpty() ? Optional.empty() : Optional.of(reader(claims.get(0)));
    }
}
