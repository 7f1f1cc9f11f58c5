package dev.tenantsim.workload.fingerprint;

/**
 * Puts a fingerprint in a placement bucket, first match wins:
 * <ol>
 *   <li>{@code heavy}: shareOfAggregate ≥ {@code heavyShare} (default 0.01, one percent of the
 *       platform's mean load);</li>
 *   <li>{@code spiky}: p99 / p50 ≥ {@code spikyP99OverP50} (default 3) and index of dispersion beyond
 *       the daily cycle ≥ {@code spikyDispersion} (default 2) — both, so that a small Poisson
 *       tenant (dispersion 1), a near-idle one (p50 = 0) or a small diurnal one (whose p99/p50 and
 *       raw dispersion are inflated by the cycle, not by bursts) is not called spiky;</li>
 *   <li>{@code diurnal}: diurnal amplitude ≥ {@code diurnalAmplitude} (default 0.3);</li>
 *   <li>{@code steady}: everything else.</li>
 * </ol>
 *
 * @param heavyShare       share of the aggregate mean
 * @param spikyP99OverP50  ratio of p99 to p50
 * @param spikyDispersion  index of dispersion of per-minute counts beyond the daily cycle
 * @param diurnalAmplitude relative amplitude of the 24 h harmonic
 */
public record FingerprintClassifier(double heavyShare, double spikyP99OverP50, double spikyDispersion,
                                    double diurnalAmplitude) {
    public static final FingerprintClassifier DEFAULT = new FingerprintClassifier(0.01, 3, 2, 0.3);

    public FingerprintClassifier {
        check("classifier.heavyShare", heavyShare);
        check("classifier.spikyP99OverP50", spikyP99OverP50);
        check("classifier.spikyDispersion", spikyDispersion);
        check("classifier.diurnalAmplitude", diurnalAmplitude);
    }

    private static void check(String path, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(path + " (" + v + ") must be a positive number");
        }
    }

    public TenantClass classify(Fingerprint f) {
        if (f.shareOfAggregate() >= heavyShare) {
            return TenantClass.HEAVY;
        }
        double ratio = f.p50() > 0 ? f.p99() / f.p50() : (f.p99() > 0 ? Double.POSITIVE_INFINITY : 0);
        if (ratio >= spikyP99OverP50 && f.dispersionBeyondDiurnal() >= spikyDispersion) {
            return TenantClass.SPIKY;
        }
        if (f.diurnalAmplitude() >= diurnalAmplitude) {
            return TenantClass.DIURNAL;
        }
        return TenantClass.STEADY;
    }
}
