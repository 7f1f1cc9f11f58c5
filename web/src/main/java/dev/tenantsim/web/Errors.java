package dev.tenantsim.web;

import dev.tenantsim.scenario.Problem;
import dev.tenantsim.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** User errors as the page shows them: one entry per problem, with the file, line, column and field path. */
final class Errors {
    private Errors() {
    }

    /** The JSON body of a 400: {@code {"error": summary, "problems": [{source, line, column, path, found, rule, text}]}}. */
    static Map<String, Object> body(RuntimeException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> problems = new ArrayList<>();
        if (e instanceof ScenarioException se) {
            for (Problem p : se.problems()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("source", se.source());
                row.put("line", p.location().line());
                row.put("column", p.location().column());
                row.put("path", p.path());
                row.put("found", p.found());
                row.put("rule", p.rule());
                row.put("text", p.format(se.source()));
                problems.add(row);
            }
            m.put("error", se.problems().size() + " problem(s) in " + se.source() + "; nothing was run");
        } else {
            m.put("error", message(e));
        }
        m.put("problems", problems);
        return m;
    }

    /** A one-line message, never a stack trace. */
    static String message(RuntimeException e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }
}
