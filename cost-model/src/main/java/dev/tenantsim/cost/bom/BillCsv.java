package dev.tenantsim.cost.bom;

import dev.tenantsim.cost.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a bill of materials as CSV: one row per line of every stack, amounts as exact dollars. */
public final class BillCsv {
    static final String HEADER = "stack,kind,item,quantity,unit,unit_price_usd,total_usd,meter,source,list_unit_price_usd,pricing_rule";

    private BillCsv() {
    }

    public static void write(Bill bill, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            for (StackBill s : bill.stacks()) {
                for (BomLine l : s.lines()) {
                    out.append(String.join(",", Csv.text(s.stackId()), s.kind().yamlName(), Csv.text(l.item()),
                            Long.toString(l.quantity()), Csv.text(l.unit()), l.unitPrice().toPlainString(),
                            l.total().toPlainString(), l.meter().yamlName(), Csv.text(l.source()),
                            l.listUnitPrice().toPlainString(), Csv.text(l.rule()))).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
