package dev.tenantsim.workload.trace;

import dev.tenantsim.workload.trace.azure.AzureLlmTraceReader;
import dev.tenantsim.workload.trace.azure.AzureV1TraceReader;
import dev.tenantsim.workload.trace.bitbrains.BitbrainsTraceReader;
import dev.tenantsim.workload.trace.csv.LongCsvTraceReader;
import dev.tenantsim.workload.trace.planetlab.PlanetLabTraceReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Trace readers by format name (explicit registration; an unknown name lists the valid ones). */
public final class TraceReaderRegistry {
    private final Map<String, Supplier<TraceReader>> readers;

    private TraceReaderRegistry(Map<String, Supplier<TraceReader>> readers) {
        this.readers = Collections.unmodifiableMap(new LinkedHashMap<>(readers));
    }

    public static TraceReaderRegistry standard() {
        Map<String, Supplier<TraceReader>> m = new LinkedHashMap<>();
        m.put(LongCsvTraceReader.NAME, LongCsvTraceReader::new);
        m.put(BitbrainsTraceReader.NAME, BitbrainsTraceReader::new);
        m.put(PlanetLabTraceReader.NAME, PlanetLabTraceReader::new);
        m.put(AzureV1TraceReader.NAME, AzureV1TraceReader::new);
        m.put(AzureLlmTraceReader.NAME, AzureLlmTraceReader::new);
        return new TraceReaderRegistry(m);
    }

    public TraceReaderRegistry with(String name, Supplier<TraceReader> reader) {
        Map<String, Supplier<TraceReader>> m = new LinkedHashMap<>(readers);
        if (m.putIfAbsent(name, reader) != null) {
            throw new IllegalArgumentException("trace format " + name + " is already registered");
        }
        return new TraceReaderRegistry(m);
    }

    public Set<String> names() {
        return readers.keySet();
    }

    public TraceReader reader(String name) {
        Supplier<TraceReader> s = readers.get(name);
        if (s == null) {
            throw new IllegalArgumentException("trace.format (" + name + ") is not known; valid: " + names());
        }
        return s.get();
    }
}
