package dev.tenantsim.report.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a report page, one block per line, for golden files: headings as {@code #}, list
 * items as {@code -}, table rows as {@code | a | b |}, images as {@code [image file: caption]},
 * links as {@code text <href>}, glossary terms and definitions on their own lines. The style
 * sheet and markup are dropped, so a change of CSS does not touch the goldens but a change of
 * any word, cell, heading or file the page names does. (The page embeds no image bytes: charts are
 * PNG files beside it, whose pixels depend on the machine's fonts and are not compared.)
 */
final class HtmlText {
    private HtmlText() {
    }

    static String of(String html) {
        String s = html.replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("<img src=\"([^\"]*)\" alt=\"([^\"]*)\">", "\n[image $1: $2]\n")
                .replaceAll("<a href=\"([^\"]*)\">(.*?)</a>", "$2 &lt;$1&gt;")
                .replaceAll("<title>", "\ntitle: ")
                .replaceAll("<h([1-6])>", "\n<hx$1>")
                .replaceAll("<hx1>", "# ").replaceAll("<hx2>", "## ").replaceAll("<hx3>", "### ")
                .replaceAll("</h[1-6]>", "\n")
                .replaceAll("<li>", "\n- ")
                .replaceAll("<tr>", "\n")
                .replaceAll("<t[hd]>", "| ")
                .replaceAll("</t[hd]>", " ")
                .replaceAll("</tr>", "|\n")
                .replaceAll("<dt>", "\n")
                .replaceAll("<dd>", "\n    ")
                .replaceAll("<(p|figcaption|section|ul|dl|table)( [^>]*)?>", "\n")
                .replaceAll("</(p|figcaption|section|ul|dl|table|title)>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                lines.add(line.startsWith("    ") ? "    " + t : t);
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
