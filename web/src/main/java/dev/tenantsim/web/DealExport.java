package dev.tenantsim.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The deal desk's exports for a proposal: {@code deal.csv} (one row per option) and a one-page {@code deal.pdf}. */
final class DealExport {
    static final String DEFINITIONS = "Our cost: the tenant's showback (its share of the monthly bill, idle capacity in proportion to use)."
            + " Expected SLA credits: its tier's credit schedule applied to its simulated availability over a month."
            + " List price: our cost / (1 - target margin), rounded up to the cent. SLO risk: SLO-violation minutes (one-minute"
            + " windows over the p99 objective or error budget), mean per replication, and availability = 1 - violation minutes / minutes."
            + " All three options ran with the same seed (common random numbers).";

    private DealExport() {
    }

    static String csv(List<DealQuote> quotes) {
        StringBuilder b = new StringBuilder(String.join(",", DealQuote.COLUMNS)).append('\n');
        for (DealQuote q : quotes) {
            b.append(String.join(",", q.cells().stream().map(dev.tenantsim.cost.Csv::text).toList())).append('\n');
        }
        return b.toString();
    }

    static void writeCsv(List<DealQuote> quotes, Path file) throws IOException {
        Files.writeString(file, csv(quotes), StandardCharsets.UTF_8);
    }

    static void writePdf(String scenario, String prospect, List<DealQuote> quotes, BigDecimal margin, Path file) throws IOException {
        Files.write(file, pdf(scenario, prospect, quotes, margin));
    }

    /** One A4 landscape page: title, the prospect, the three options side by side, the definitions. */
    static byte[] pdf(String scenario, String prospect, List<DealQuote> quotes, BigDecimal margin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("tenantsim deal desk: " + scenario);
            doc.addCreator("tenantsim serve");
            doc.open();
            doc.add(new Paragraph("Deal desk quote - scenario " + scenario, new Font(Font.HELVETICA, 16, Font.BOLD)));
            doc.add(new Paragraph("Prospect: " + prospect, new Font(Font.HELVETICA, 10)));
            doc.add(new Paragraph("Target margin: " + margin.movePointRight(2).stripTrailingZeros().toPlainString() + "%. Amounts are USD per month.",
                    new Font(Font.HELVETICA, 10)));
            PdfPTable table = new PdfPTable(quotes.size() + 1);
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            Font head = new Font(Font.HELVETICA, 9, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 9);
            table.addCell(cell("", head, Element.ALIGN_LEFT));
            quotes.forEach(q -> table.addCell(cell(q.option(), head, Element.ALIGN_RIGHT)));
            List<String> labels = List.of("stack", "p99 (ms)", "SLO p99 (ms)", "SLO-violation minutes", "availability", "error rate",
                    "monthly fee ($)", "our cost ($)", "expected SLA credits ($)", "list price ($)");
            for (int r = 0; r < labels.size(); r++) {
                table.addCell(cell(labels.get(r), head, Element.ALIGN_LEFT));
                for (DealQuote q : quotes) {
                    String v = q.cells().get(r + 1);
                    table.addCell(cell(v.isEmpty() ? "-" : v, body, Element.ALIGN_RIGHT));
                }
            }
            doc.add(table);
            Paragraph d = new Paragraph(DEFINITIONS, new Font(Font.HELVETICA, 8));
            d.setSpacingBefore(12);
            doc.add(d);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        return c;
    }
}
