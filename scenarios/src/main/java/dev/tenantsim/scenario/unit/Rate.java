package dev.tenantsim.scenario.unit;

/** Events per second, e.g. a rate limit of "100/s". */
public record Rate(double perSecond) {
    public Rate {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate (" + perSecond + "/s) must be a finite number >= 0");
        }
    }

    public static Rate perSecond(double n) {
        return new Rate(n);
    }

    public static Rate perMinute(double n) {
        return new Rate(n / 60);
    }

    @Override
    public String toString() {
        return perSecond + "/s";
    }
}
