package dev.tenantsim.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.report.model.RunOutcome;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code results.json}: the outcome record as JSON, everything the charts show. Jackson writes
 * numbers without any locale; map keys are sorted and no timestamp is written, so the same
 * scenario and seed give a byte-identical file.
 */
public final class ResultsJson {
    /** Identifies the layout of results.json; bump when a field changes meaning. */
    public static final String FORMAT = "tenantsim-results/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ResultsJson() {
    }

    /** The document written for one run. */
    public record RunDocument(String format, RunOutcome outcome) {
    }

    /** The document written for a comparison; {@code gaps} (the runs that failed) only when there are some. */
    public record ComparisonDocument(String format, String scenario, java.util.List<RunOutcome> outcomes,
                                     @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                                     java.util.List<RunGap> gaps) {
    }

    public static void write(RunOutcome outcome, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), new RunDocument(FORMAT, outcome));
    }

    public static void write(Comparison comparison, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), new ComparisonDocument(FORMAT, comparison.scenario(), comparison.outcomes(), comparison.gaps()));
    }

    /** Reads a run document back (for tools and tests). */
    public static RunDocument read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), RunDocument.class);
    }
}
