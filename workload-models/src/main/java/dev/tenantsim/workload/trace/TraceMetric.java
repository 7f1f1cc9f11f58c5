package dev.tenantsim.workload.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The metrics a trace can carry, by their column name in the long CSV format (see
 * {@code workload-models/TRACE-FORMAT.md}). All values are per sample interval averages, ≥ 0.
 */
public enum TraceMetric {
    REQUESTS_PER_S("requests_per_s", "requests per second"),
    CPU_PERCENT("cpu_percent", "CPU utilisation in percent of one core times cores (may exceed 100)"),
    CPU_CORES("cpu_cores", "cores provisioned"),
    CPU_MHZ("cpu_mhz", "CPU used, MHz"),
    CPU_CAPACITY_MHZ("cpu_capacity_mhz", "CPU provisioned, MHz"),
    CPU_MS_PER_REQUEST("cpu_ms_per_request", "application CPU per request, milliseconds"),
    DB_CPU_MS_PER_REQUEST("db_cpu_ms_per_request", "database CPU per request, milliseconds"),
    IO_OPS_PER_REQUEST("io_ops_per_request", "database IO operations per request"),
    CONNECTION_HOLD_MS("connection_hold_ms", "DB connection hold time per request, milliseconds"),
    DB_CONNECTIONS("db_connections", "DB connections in use (average)"),
    MEMORY_KB("memory_kb", "memory used, KB"),
    MEMORY_CAPACITY_KB("memory_capacity_kb", "memory provisioned, KB"),
    DISK_READ_KBPS("disk_read_kbps", "disk read, KB/s"),
    DISK_WRITE_KBPS("disk_write_kbps", "disk write, KB/s"),
    NET_RX_KBPS("net_rx_kbps", "network received, KB/s"),
    NET_TX_KBPS("net_tx_kbps", "network transmitted, KB/s"),
    CONTEXT_TOKENS_PER_REQUEST("context_tokens_per_request", "LLM prompt tokens per request"),
    GENERATED_TOKENS_PER_REQUEST("generated_tokens_per_request", "LLM generated tokens per request");

    private final String column;
    private final String description;

    TraceMetric(String column, String description) {
        this.column = column;
        this.description = description;
    }

    public String column() {
        return column;
    }

    public String description() {
        return description;
    }

    public static Optional<TraceMetric> byColumn(String name) {
        for (TraceMetric m : values()) {
            if (m.column.equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static List<String> columns() {
        List<String> out = new ArrayList<>();
        for (TraceMetric m : values()) {
            out.add(m.column);
        }
        return out;
    }
}
