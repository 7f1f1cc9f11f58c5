package dev.tenantsim.workload.fingerprint;

import dev.tenantsim.workload.Population;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes fingerprints as CSV, one row per tenant, numbers in {@link Locale#ROOT} with six
 * significant digits. Columns: {@value #HEADER}.
 */
public final class FingerprintCsvWriter {
    public static final String HEADER = "tenant,index,class,mean_rps,p50_rps,p95_rps,p99_rps,max_rps,peak_to_mean,cv,"
            + "index_of_dispersion,dispersion_beyond_diurnal,diurnal_amplitude,diurnal_peak_hour,corr_aggregate,corr_others,peak_coincidence,"
            + "share_of_aggregate";

    private final FingerprintClassifier classifier;

    public FingerprintCsvWriter(FingerprintClassifier classifier) {
        this.classifier = classifier;
    }

    public void write(Population population, Fingerprint[] fingerprints, Writer out) throws IOException {
        if (population.size() != fingerprints.length) {
            throw new IllegalArgumentException("fingerprints (" + fingerprints.length + ") must match tenants ("
                    + population.size() + ")");
        }
        out.write(HEADER);
        out.write('\n');
        StringBuilder b = new StringBuilder(256);
        for (Fingerprint f : fingerprints) {
            b.setLength(0);
            b.append(csv(population.get(f.index()).id())).append(',').append(f.index()).append(',')
                    .append(classifier.classify(f).yamlName());
            for (double v : new double[] {f.mean(), f.p50(), f.p95(), f.p99(), f.max(), f.peakToMean(), f.cv(),
                    f.indexOfDispersion(), f.dispersionBeyondDiurnal(), f.diurnalAmplitude(), f.diurnalPeakHour(), f.correlationWithAggregate(),
                    f.correlationWithOthers(), f.peakCoincidence(), f.shareOfAggregate()}) {
                b.append(',').append(String.format(Locale.ROOT, "%.6g", v));
            }
            out.write(b.append('\n').toString());
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
