package dev.tenantsim.engine.fluid;

/**
 * Erlang C of one station as a function of its utilization, for the fluid pass's inner loop.
 *
 * <p>For up to {@code exactMaxServers} servers the value is computed exactly on every call
 * (at most that many recurrence steps). For larger stations it is tabulated once on a uniform grid
 * of {@code size} points in utilization [0, 1] and linearly interpolated; the grid is fine enough
 * that the interpolation error is below 1e-4 in absolute terms for stations of up to several
 * thousand servers with 4096 points (tested), far below the modelling error of the approximation.
 */
final class ErlangCTable {
    private final int servers;
    private final double[] table;
    private final double scale;

    ErlangCTable(int servers, int exactMaxServers, int size) {
        this.servers = servers;
        if (servers <= exactMaxServers) {
            this.table = null;
            this.scale = 0;
        } else {
            this.table = new double[size + 1];
            for (int i = 0; i < size; i++) {
                table[i] = ErlangC.waitProbability(servers, servers * ((double) i / size));
            }
            table[size] = 1.0;
            this.scale = size;
        }
    }

    int servers() {
        return servers;
    }

    /** Probability of waiting at utilization {@code rho} in [0, 1). */
    double waitProbability(double rho) {
        if (table == null) {
            return ErlangC.waitProbability(servers, rho * servers);
        }
        double pos = rho * scale;
        int i = (int) pos;
        if (i >= table.length - 1) {
            return 1.0;
        }
        double frac = pos - i;
        return table[i] + frac * (table[i + 1] - table[i]);
    }
}
