package dev.tenantsim.cost.uplift;

import java.io.IOException;
import java.io.UncheckedIOException;
import dev.tenantsim.cost.Csv;

/**
 * Writes a {@link PriceSheet} as CSV (RFC 4180 quoting, '\n' line ends). Numbers are written
 * without grouping and with '.' as the decimal point whatever the default locale: amounts in
 * exact dollars ({@code Money.toPlainString}), demand as its shortest decimal form.
 */
public final class PriceSheetCsv {
    static final String MOVES_HEADER = "tenant,tier,from,to,peak_demand,cost_from_usd,cost_to_usd,delta_cost_usd,"
            + "credits_from_usd,credits_to_usd,risk_removed_usd,target_margin,list_price_usd,margin_at_list_price";
    static final String SENSITIVITY_HEADER = "peak_demand,from,to,cost_from_usd,cost_to_usd,delta_cost_usd,"
            + "target_margin,list_price_usd";

    private PriceSheetCsv() {
    }

    /** The moves table. */
    public static void writeMoves(PriceSheet sheet, Appendable out) {
        try {
            out.append(MOVES_HEADER).append('\n');
            String m = sheet.targetMargin().toPlainString();
            for (PriceSheetRow r : sheet.moves()) {
                out.append(String.join(",", quote(r.tenantId()), quote(r.tier()), r.from().yamlName(), r.to().yamlName(),
                        number(r.peakDemand()), r.costFrom().toPlainString(), r.costTo().toPlainString(),
                        r.deltaCost().toPlainString(), r.creditsFrom().toPlainString(), r.creditsTo().toPlainString(),
                        r.riskRemoved().toPlainString(), m, r.listPrice().toPlainString(),
                        r.marginAtListPrice(4).toPlainString())).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sensitivity table. */
    public static void writeSensitivity(PriceSheet sheet, Appendable out) {
        try {
            out.append(SENSITIVITY_HEADER).append('\n');
            String m = sheet.targetMargin().toPlainString();
            for (SensitivityRow r : sheet.sensitivity()) {
                out.append(String.join(",", number(r.peakDemand()), r.from().yamlName(), r.to().yamlName(),
                        r.costFrom().toPlainString(), r.costTo().toPlainString(), r.deltaCost().toPlainString(), m,
                        r.listPrice().toPlainString())).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double d) {
        return Csv.number(d);
    }

    private static String quote(String s) {
        return Csv.text(s);
    }
}
