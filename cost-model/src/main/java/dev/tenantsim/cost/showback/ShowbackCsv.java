package dev.tenantsim.cost.showback;

import dev.tenantsim.cost.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a showback as CSV: one row per tenant (dense index order), then a {@code platform} row;
 * the {@code showback_usd} column sums to the bill exactly.
 */
public final class ShowbackCsv {
    static final String HEADER = "tenant,tier,mau,used_usd,idle_usd,showback_usd,idle_rule";

    private ShowbackCsv() {
    }

    public static void writePerTenant(Showback showback, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            String rule = showback.rule().yamlName();
            for (TenantCost t : showback.perTenant()) {
                out.append(String.join(",", Csv.text(t.tenantId()), Csv.text(t.tier()), Long.toString(t.mau()),
                        t.used().toPlainString(), t.idle().toPlainString(), t.showback().toPlainString(), rule)).append('\n');
            }
            out.append(String.join(",", "platform", "", "", "0.00", showback.platform().toPlainString(),
                    showback.platform().toPlainString(), rule)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
