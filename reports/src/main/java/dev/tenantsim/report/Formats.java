package dev.tenantsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number and duration formatting for humans, always with {@link Locale#ROOT}. */
public final class Formats {
    private Formats() {
    }

    /** 0.1234 → "12.3%"; small non-zero shares keep one significant decimal ("0.4%"). */
    public static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        double p = share * 100;
        if (p == 0) {
            return "0%";
        }
        if (p >= 10 || p == Math.rint(p)) {
            return String.format(Locale.ROOT, "%.0f%%", p);
        }
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** Availability with two decimals, as SLAs are written: "99.95%". */
    public static String availability(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    /** Milliseconds with sensible precision: "0.84 ms", "12.3 ms", "250 ms", "3.2 s". */
    public static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "n/a";
        }
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }

    /** Whole dollars with thousands separators: "$12,345". */
    public static String money(BigDecimal amount, String currency) {
        String symbol = "USD".equals(currency) ? "$" : currency + " ";
        BigDecimal rounded = amount.setScale(0, RoundingMode.HALF_EVEN);
        String sign = rounded.signum() < 0 ? "-" : "";
        return sign + symbol + String.format(Locale.ROOT, "%,d", rounded.abs().toBigInteger());
    }

    /** Seconds as "45 s", "30 min", "2 h", "1.5 h", "90 d". */
    public static String span(double seconds) {
        if (seconds < 120) {
            return trim(seconds) + " s";
        }
        if (seconds < 2 * 3600) {
            return trim(seconds / 60) + " min";
        }
        if (seconds < 3 * 86400) {
            return trim(seconds / 3600) + " h";
        }
        return trim(seconds / 86400) + " d";
    }

    /** Seconds after the horizon start as a clock-like offset "+1:05" (h:mm). */
    public static String offset(double seconds) {
        long m = Math.round(seconds / 60);
        return String.format(Locale.ROOT, "+%d:%02d", m / 60, m % 60);
    }

    /**
     * A moment of the run for people: the time of day ("10:42") when the horizon's start is known
     * (ISO-8601), else the offset from the start ("+0:42").
     */
    public static String moment(String horizonStart, double secondsAfterStart) {
        if (horizonStart != null) {
            try {
                return java.time.OffsetDateTime.parse(horizonStart).plusNanos(Math.round(secondsAfterStart * 1e9))
                        .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                // fall through to the offset
            }
        }
        return offset(secondsAfterStart);
    }

    /** A plain number with up to 3 decimals, locale-independent. */
    public static String number(double v) {
        return trim(v);
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
