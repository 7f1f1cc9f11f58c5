package dev.tenantsim.scenario.runner;

import dev.tenantsim.scenario.model.Job;
import java.math.BigDecimal;
import java.util.List;

/** One tenant as the placeholder runner sees it: tier, size, mean request rate, fee and jobs. */
record TenantSpec(String id, String tier, int users, double ratePerSecond, BigDecimal monthlyFee, String region, List<Job> jobs) {
}
