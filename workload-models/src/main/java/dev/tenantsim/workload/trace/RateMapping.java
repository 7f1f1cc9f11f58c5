package dev.tenantsim.workload.trace;

import java.util.List;

/**
 * How a trace row becomes a request rate (documented in TRACE-FORMAT.md).
 *
 * <ol>
 *   <li>{@code requests_per_s} when the row has it;</li>
 *   <li>else from CPU: busy cores = cpu_percent / 100 × cores, where cores is the row's
 *       {@code cpu_cores} (Bitbrains: percent of all provisioned cores) or {@code defaultCores}
 *       (PlanetLab, Azure: percent of the VM); requests/s = busy cores / (CPU ms per request /
 *       1000), with the row's {@code cpu_ms_per_request} or {@code cpuMsPerRequest}.</li>
 * </ol>
 * A row with neither is a missing sample.
 *
 * @param cpuMsPerRequest CPU milliseconds one request costs (default 8, the default app CPU)
 * @param defaultCores    cores behind a percentage when the trace does not say (default 1)
 */
public record RateMapping(double cpuMsPerRequest, double defaultCores) {
    public static final RateMapping DEFAULT = new RateMapping(8, 1);

    public RateMapping {
        if (!(cpuMsPerRequest > 0) || Double.isInfinite(cpuMsPerRequest)) {
            throw new IllegalArgumentException("replay.cpuMsPerRequest (" + cpuMsPerRequest + ") must be a positive number");
        }
        if (!(defaultCores > 0) || Double.isInfinite(defaultCores)) {
            throw new IllegalArgumentException("replay.defaultCores (" + defaultCores + ") must be a positive number");
        }
    }

    /** A mapper for rows carrying {@code metrics}. */
    Bound bind(List<TraceMetric> metrics) {
        return new Bound(metrics.indexOf(TraceMetric.REQUESTS_PER_S), metrics.indexOf(TraceMetric.CPU_PERCENT),
                metrics.indexOf(TraceMetric.CPU_CORES), metrics.indexOf(TraceMetric.CPU_MS_PER_REQUEST));
    }

    /** Column positions resolved once per file. */
    final class Bound {
        private final int rps;
        private final int cpu;
        private final int cores;
        private final int msPerRequest;

        private Bound(int rps, int cpu, int cores, int msPerRequest) {
            this.rps = rps;
            this.cpu = cpu;
            this.cores = cores;
            this.msPerRequest = msPerRequest;
        }

        /** Requests/s of a row, or NaN if it carries no rate. */
        double rate(double[] v) {
            if (rps >= 0 && !Double.isNaN(v[rps])) {
                return v[rps];
            }
            if (cpu >= 0 && !Double.isNaN(v[cpu])) {
                double c = cores >= 0 && v[cores] > 0 ? v[cores] : defaultCores;
                double ms = msPerRequest >= 0 && v[msPerRequest] > 0 ? v[msPerRequest] : cpuMsPerRequest;
                return v[cpu] / 100 * c / (ms / 1000);
            }
            return Double.NaN;
        }
    }
}
