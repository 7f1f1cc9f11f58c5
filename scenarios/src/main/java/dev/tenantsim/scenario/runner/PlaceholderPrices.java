package dev.tenantsim.scenario.runner;

import dev.tenantsim.report.model.CostLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * PLACEHOLDER for the cost model's price book: two unit prices, so the report shows a bill of
 * materials until the cost model lands. Both are AWS us-east-1 on-demand list prices per month
 * (730 h) from ../shared/data/pricing/aws_price_points.csv: an m5.2xlarge ($280.32/month, 8 vCPU)
 * gives $35.04 per app core; a single-AZ db.m5.large ($124.83/month, 2 vCPU) gives $62.415 per DB
 * core. Storage, IO, load balancers and support are not priced.
 */
final class PlaceholderPrices {
    static final BigDecimal APP_CORE_MONTH = new BigDecimal("35.04");
    static final BigDecimal DB_CORE_MONTH = new BigDecimal("62.415");
    static final String SOURCE = "placeholder prices: AWS us-east-1 on-demand list, m5.2xlarge per app core and "
            + "db.m5.large per DB core, 730 h/month";

    private PlaceholderPrices() {
    }

    /** Bill lines for a total of app and DB cores. */
    static List<CostLine> bill(long appCores, long dbCores) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(line("app cores (m5.2xlarge-equivalent)", appCores, APP_CORE_MONTH));
        if (dbCores > 0) {
            lines.add(line("DB cores (db.m5.large-equivalent)", dbCores, DB_CORE_MONTH));
        }
        return lines;
    }

    static BigDecimal stackCost(int appCores, int dbCores) {
        return APP_CORE_MONTH.multiply(BigDecimal.valueOf(appCores)).add(DB_CORE_MONTH.multiply(BigDecimal.valueOf(dbCores)));
    }

    private static CostLine line(String item, long qty, BigDecimal unit) {
        BigDecimal q = BigDecimal.valueOf(qty);
        return new CostLine(item, "core-month", q, unit, q.multiply(unit).setScale(2, RoundingMode.HALF_EVEN));
    }
}
