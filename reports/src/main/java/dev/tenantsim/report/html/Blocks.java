package dev.tenantsim.report.html;

import dev.tenantsim.report.model.RunGap;
import java.util.List;
import java.util.Map;

/** Blocks both pages use: the caveats, a chart with its heading, the glossary and the file list. */
public final class Blocks {
    private Blocks() {
    }

    /** "Read with care": caveats of the engine; nothing when there are none. */
    public static void notes(Html h, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        h.raw("<section class=\"notes\"><h3>Read with care</h3><ul>\n");
        for (String n : notes) {
            h.raw("<li>").text(n).raw("</li>\n");
        }
        h.raw("</ul></section>\n");
    }

    /** The runs of a comparison that failed, each with its variant, replication and message (nothing when none did). */
    public static void gaps(Html h, List<RunGap> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        h.raw("<section class=\"notes\"><h3>Runs that failed (missing below)</h3><ul>\n");
        for (RunGap g : gaps) {
            h.raw("<li>").text(g.describe()).raw("</li>\n");
        }
        h.raw("</ul></section>\n");
    }

    /** A chart under its heading and explanation, when {@code charts} holds a file for {@code key}. */
    public static void chart(Html h, Map<String, String> charts, String key, String title, String explanation) {
        String file = charts.get(key);
        if (file == null) {
            return;
        }
        h.el("h2", title);
        h.el("p", explanation);
        h.img(file, title);
    }

    /** The plain-language summary: one list item per sentence. */
    public static void summary(Html h, List<String> sentences) {
        h.raw("<section class=\"summary\"><h2>In plain words</h2><ul>\n");
        for (String s : sentences) {
            h.raw("<li>").text(s).raw("</li>\n");
        }
        h.raw("</ul></section>\n");
    }

    /** The definitions of docs/metrics.md the page uses (the money ones only when it shows money). */
    public static void glossary(Html h, boolean withCost) {
        glossary(h, withCost, false, false);
    }

    /**
     * The glossary; the request classes' and data tier's definitions when the page's runs have them
     * ({@code withDataPath}), the cache definitions only when a run measured a hit ratio ({@code withCache}).
     */
    public static void glossary(Html h, boolean withCost, boolean withDataPath, boolean withCache) {
        h.el("h2", "Glossary");
        h.raw("<p class=\"small\">Definitions from tenantsim's docs/metrics.md; every figure above uses exactly these.</p>\n<dl>\n");
        Glossary.RUN.forEach((k, v) -> h.raw("<dt>").text(k).raw("</dt><dd>").text(v).raw("</dd>\n"));
        if (withDataPath) {
            Glossary.DATA_PATH.forEach((k, v) -> h.raw("<dt>").text(k).raw("</dt><dd>").text(v).raw("</dd>\n"));
        }
        if (withCost) {
            Glossary.COST.forEach((k, v) -> h.raw("<dt>").text(k).raw("</dt><dd>").text(v).raw("</dd>\n"));
        }
        if (withCache) {
            Glossary.CACHE.forEach((k, v) -> h.raw("<dt>").text(k).raw("</dt><dd>").text(v).raw("</dd>\n"));
        }
        h.raw("</dl>\n");
    }

    public static void files(Html h, List<String> files) {
        h.el("h2", "Files in this report");
        h.raw("<ul class=\"small\">\n");
        for (String f : files) {
            h.raw("<li><a href=\"").text(f).raw("\">").text(f).raw("</a></li>\n");
        }
        h.raw("</ul>\n");
    }
}
