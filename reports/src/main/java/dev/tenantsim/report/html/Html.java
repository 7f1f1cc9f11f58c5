package dev.tenantsim.report.html;

/** A tiny HTML builder: escaped text, no templates, no scripts. */
public final class Html {
    private final StringBuilder b = new StringBuilder(16_384);

    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public Html raw(String s) {
        b.append(s);
        return this;
    }

    public Html text(String s) {
        b.append(esc(s));
        return this;
    }

    public Html el(String tag, String text) {
        b.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
        return this;
    }

    public Html img(String file, String alt) {
        b.append("<figure><img src=\"").append(esc(file)).append("\" alt=\"").append(esc(alt))
                .append("\"><figcaption>").append(esc(alt)).append("</figcaption></figure>\n");
        return this;
    }

    public Html table(String[] header, java.util.List<String[]> rows) {
        b.append("<table><thead><tr>");
        for (String h : header) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (String[] r : rows) {
            b.append("<tr>");
            for (String c : r) {
                b.append("<td>").append(esc(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
