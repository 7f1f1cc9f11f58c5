package dev.tenantsim.web;

import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page may start from: {@code bundled:NAME} (the scenarios bundled in the jar) or
 * {@code upload:uNNNN} (a validated upload). Anything else is a 400 naming the allowed forms; no
 * other file is ever read.
 */
final class ScenarioSources {
    static final String BUNDLED = "bundled:";
    static final String UPLOAD = "upload:";

    private final Uploads uploads;

    ScenarioSources(Uploads uploads) {
        this.uploads = uploads;
    }

    ScenarioText text(String ref) throws IOException {
        if (ref == null || ref.isBlank()) {
            throw new BadRequest(400, "scenario must be given, as bundled:NAME or upload:ID");
        }
        if (ref.startsWith(BUNDLED)) {
            String name = ref.substring(BUNDLED.length());
            if (!ScenarioLoader.bundledNames().contains(name)) {
                throw new BadRequest(400, "scenario (" + ref + ") is not bundled; bundled: " + String.join(", ", ScenarioLoader.bundledNames()));
            }
            return ScenarioText.of(name);
        }
        if (ref.startsWith(UPLOAD)) {
            String id = ref.substring(UPLOAD.length());
            return new ScenarioText(Uploads.sourceName(id + ".yaml"), uploads.text(id), uploads.dir().toString());
        }
        throw new BadRequest(400, "scenario (" + ref + ") must be bundled:NAME or upload:ID");
    }

    /** The bundled scenarios with their descriptions, for the picker. */
    static List<Map<String, String>> bundled() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String name : ScenarioLoader.bundledNames()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("ref", BUNDLED + name);
            m.put("name", name);
            YNode d = ScenarioLoader.parseTree(ScenarioLoader.bundledText(name), name).get("description");
            m.put("description", d instanceof YScalar s ? s.text() : "");
            out.add(m);
        }
        return out;
    }
}
