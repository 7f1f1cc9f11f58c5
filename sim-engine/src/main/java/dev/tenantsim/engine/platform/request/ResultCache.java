package dev.tenantsim.engine.platform.request;

/**
 * The stack's cache: a hit (drawn per request from the tenant's hit ratio, scaled by how much of
 * the tenants' working sets the cache holds) is answered here, after the app tier, without
 * touching the database.
 */
final class ResultCache extends Stage {
    private final JobSlots jobs;

    ResultCache(StackContext ctx) {
        jobs = ctx.jobs;
    }

    @Override
    void accept(int j) {
        if (jobs.hit[j]) {
            outer.ended(j, SUCCESS);
        } else {
            inner.accept(j);
        }
    }
}
