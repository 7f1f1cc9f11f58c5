package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.SimulatedStack;

/** The per-minute resource series of one stack (see {@link SimulatedStack.Series}). */
final class StackSeries {
    final MinuteSeries appCpu;
    final MinuteSeries threads;
    final MinuteSeries acceptQueue;
    final MinuteSeries dbCpu;
    final MinuteSeries dbIo;
    final MinuteSeries connections;
    final MinuteSeries poolUtilization;
    final MinuteSeries poolWaiters;
    final MinuteSeries workersBusy;
    final MinuteSeries workerQueue;
    private final MinuteSeries[] all;

    StackSeries(int minutes, int appCores, double dbCores, double ioChannels, double connections) {
        appCpu = new MinuteSeries(minutes, appCores);
        threads = new MinuteSeries(minutes, 1);
        acceptQueue = new MinuteSeries(minutes, 1);
        dbCpu = new MinuteSeries(minutes, dbCores);
        dbIo = new MinuteSeries(minutes, ioChannels);
        this.connections = new MinuteSeries(minutes, 1);
        poolUtilization = new MinuteSeries(minutes, connections);
        poolWaiters = new MinuteSeries(minutes, 1);
        workersBusy = new MinuteSeries(minutes, 1);
        workerQueue = new MinuteSeries(minutes, 1);
        // In SimulatedStack.Series order.
        all = new MinuteSeries[] {appCpu, threads, acceptQueue, dbCpu, dbIo, this.connections, poolUtilization,
            poolWaiters, workersBusy, workerQueue};
    }

    void close(int m, double end, double length) {
        for (MinuteSeries s : all) {
            s.close(m, end, length);
        }
    }

    /** The series' per-minute values, indexed by {@link SimulatedStack.Series} ordinal. */
    double[][] values() {
        double[][] v = new double[all.length][];
        for (int i = 0; i < all.length; i++) {
            v[i] = all[i].values();
        }
        return v;
    }
}
