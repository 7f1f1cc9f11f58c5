package dev.tenantsim.workload.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a trace did: rows read and accepted, rows rejected per cause (lenient policy), the
 * first few rejection messages, and the tenants seen.
 *
 * @param source        what was read (path as given)
 * @param rowsRead      data rows read (header excluded)
 * @param rowsAccepted  rows passed to the sink
 * @param rejected      rows rejected, per cause
 * @param examples      the first rejection messages (at most {@value Builder#MAX_EXAMPLES})
 * @param tenants       distinct tenants seen
 */
public record TraceReadReport(String source, long rowsRead, long rowsAccepted, Map<BadRowCause, Long> rejected,
                              List<String> examples, int tenants) {
    public TraceReadReport {
        rejected = Collections.unmodifiableMap(new EnumMap<>(rejected.isEmpty() ? new EnumMap<>(BadRowCause.class) : rejected));
        examples = List.copyOf(examples);
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Sums two reports (a directory of files). */
    public TraceReadReport plus(TraceReadReport o) {
        EnumMap<BadRowCause, Long> r = new EnumMap<>(BadRowCause.class);
        r.putAll(rejected);
        o.rejected.forEach((k, v) -> r.merge(k, v, Long::sum));
        List<String> ex = new ArrayList<>(examples);
        for (String e : o.examples) {
            if (ex.size() < Builder.MAX_EXAMPLES) {
                ex.add(e);
            }
        }
        return new TraceReadReport(source, rowsRead + o.rowsRead, rowsAccepted + o.rowsAccepted, r, ex, tenants + o.tenants);
    }

    /**
     * Mutable collector used by readers: {@link #reject} throws under {@link BadRowPolicy#STRICT}
     * and counts under {@link BadRowPolicy#LENIENT}.
     */
    public static final class Builder {
        static final int MAX_EXAMPLES = 10;
        private final String source;
        private final BadRowPolicy policy;
        private long rowsRead;
        private long rowsAccepted;
        private final EnumMap<BadRowCause, Long> rejected = new EnumMap<>(BadRowCause.class);
        private final List<String> examples = new ArrayList<>();

        public Builder(String source, BadRowPolicy policy) {
            this.source = source;
            this.policy = policy;
        }

        public void rowRead() {
            rowsRead++;
        }

        public void rowAccepted() {
            rowsAccepted++;
        }

        /** A bad row: throws when strict, else counts it. */
        public void reject(TraceFormatException e) {
            if (policy == BadRowPolicy.STRICT || e.badRowCause() == BadRowCause.UNKNOWN_COLUMN
                    || e.badRowCause() == BadRowCause.BAD_HEADER) {
                throw e;
            }
            rejected.merge(e.badRowCause(), 1L, Long::sum);
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(e.getMessage());
            }
        }

        public TraceReadReport build(int tenants) {
            return new TraceReadReport(source, rowsRead, rowsAccepted, rejected, examples, tenants);
        }
    }
}
