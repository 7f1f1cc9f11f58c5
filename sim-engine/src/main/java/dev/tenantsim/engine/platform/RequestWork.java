package dev.tenantsim.engine.platform;

/**
 * The work of one API request of a tenant, drawn per request.
 *
 * @param appCpu        app-tier CPU seconds (on one core, uncontended)
 * @param dbCpu         database CPU seconds (on one core, uncontended)
 * @param dbIo          database IO operations
 * @param connectionHold extra seconds the DB connection stays held after the query (a transaction's
 *                      app-side think time), consuming no DB CPU or IO
 */
public record RequestWork(WorkDistribution appCpu, WorkDistribution dbCpu, WorkDistribution dbIo,
                          WorkDistribution connectionHold) {
    public RequestWork {
        if (appCpu == null || dbCpu == null || dbIo == null || connectionHold == null) {
            throw new IllegalArgumentException("work.appCpu, dbCpu, dbIo and connectionHold (null) must all be given; use WorkDistribution.ZERO for none");
        }
    }

    public RequestWork(WorkDistribution appCpu, WorkDistribution dbCpu, WorkDistribution dbIo) {
        this(appCpu, dbCpu, dbIo, WorkDistribution.ZERO);
    }
}
