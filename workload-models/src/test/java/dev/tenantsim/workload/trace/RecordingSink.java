package dev.tenantsim.workload.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Keeps every sample as {@code tenant@time=v1;v2} (values with {@code %s}), and every cost, in arrival order. */
final class RecordingSink implements TraceSink {
    final List<String> samples = new ArrayList<>();
    final List<String> costs = new ArrayList<>();
    final Map<String, Integer> perTenant = new HashMap<>();
    List<TraceMetric> metrics;

    @Override
    public void begin(String source, List<TraceMetric> metrics) {
        this.metrics = metrics;
    }

    @Override
    public void sample(String tenant, long epochSecond, double[] values) {
        StringBuilder b = new StringBuilder(tenant).append('@').append(epochSecond).append('=');
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ";").append(String.format(Locale.ROOT, "%s", values[i]));
        }
        samples.add(b.toString());
        perTenant.merge(tenant, 1, Integer::sum);
    }

    @Override
    public void cost(String tenant, long startEpochSecond, long endEpochSecond, BigDecimal usd) {
        costs.add(tenant + "@" + startEpochSecond + ".." + endEpochSecond + "=" + usd.toPlainString());
    }
}
