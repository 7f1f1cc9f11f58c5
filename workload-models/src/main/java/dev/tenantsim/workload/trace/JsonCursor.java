package dev.tenantsim.workload.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.zip.ZipException;

/**
 * A JSON trace file read token by token (Jackson's streaming parser: a response larger than memory
 * is fine), gzip or not, with every error located at the token's line and column. Syntax errors
 * are {@link BadRowCause#BAD_HEADER} (the file is not the format's document), a document that
 * stops early is {@link BadRowCause#TRUNCATED}; values follow {@link Cells}' rules, and the literal
 * {@code NaN} and {@code Infinity} are read so that they can be rejected like a CSV cell.
 */
public final class JsonCursor implements Closeable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .build();
    private final Path file;
    private final JsonParser parser;

    private JsonCursor(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    public static JsonCursor open(Path file) throws IOException {
        return new JsonCursor(file, FACTORY.createParser(TraceFiles.open(file)));
    }

    /** The next token; {@code null} at the end of the input. */
    public JsonToken next() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonParseException | EOFException | ZipException e) {
            throw syntax(e);
        }
    }

    /** The next token, which must be {@code expected}; anything else (or the end) is a fatal error naming {@code where}. */
    public void expect(JsonToken expected, String where, String what) throws IOException {
        JsonToken t = next();
        if (t != expected) {
            throw error(t == null ? BadRowCause.TRUNCATED : BadRowCause.BAD_HEADER, where,
                    (t == null ? "document ends" : "found " + describe(t)) + "; expected " + what);
        }
    }

    /** Skips the value the current token starts (an object or array with everything in it, or a scalar). */
    public void skipValue() throws IOException {
        try {
            parser.skipChildren();
        } catch (JsonParseException | EOFException | ZipException e) {
            throw syntax(e);
        }
    }

    /**
     * A parser or stream failure as a located error: the input ending early (Jackson says
     * "Unexpected end-of-input", or the gzip stream stops) is {@link BadRowCause#TRUNCATED}, any
     * other syntax error {@link BadRowCause#BAD_HEADER}.
     */
    private TraceFormatException syntax(IOException e) {
        if (e instanceof JsonParseException p) {
            String m = p.getOriginalMessage();
            if (p instanceof JsonEOFException || m != null && m.startsWith("Unexpected end-of-input")) {
                return error(BadRowCause.TRUNCATED, null, "document ends inside its structure (truncated?); expected the rest of the JSON");
            }
            return error(BadRowCause.BAD_HEADER, null, "is not valid JSON: " + m);
        }
        return TraceLines.truncated(file, line(), e);
    }

    public JsonToken current() {
        return parser.currentToken();
    }

    /** Field name at a {@link JsonToken#FIELD_NAME} token. */
    public String fieldName() throws IOException {
        return parser.currentName();
    }

    /** Text of the current scalar token (a number's digits as written). */
    public String text() throws IOException {
        return parser.getText();
    }

    /** Line (1-based) of the current token. */
    public long line() {
        JsonLocation l = parser.currentTokenLocation();
        return l.getLineNr() > 0 ? l.getLineNr() : 1;
    }

    /** Column (1-based) of the current token. */
    public int column() {
        JsonLocation l = parser.currentTokenLocation();
        return Math.max(1, l.getColumnNr());
    }

    /** An error at the current token; {@code where} is the JSON path shown as the column's name. */
    public TraceFormatException error(BadRowCause cause, String where, String what) {
        return new TraceFormatException(file, line(), column(), where, cause, what);
    }

    /**
     * The current token as a metric value: a number or a numeric string (Prometheus writes values
     * as strings), {@code null} or an empty string meaning "not measured" (NaN); anything else, NaN,
     * an infinity or a negative value is a located error with {@link Cells}' words.
     */
    public double metric(String where) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        if (t == JsonToken.VALUE_STRING && parser.getText().strip().matches("[+-]?Inf")) {
            throw error(BadRowCause.NAN_OR_INFINITE, where, "value (" + parser.getText().strip() + ") must be a finite number >= 0");
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
            return Cells.metric(parser.getText(), file, line(), column(), where);
        }
        throw error(BadRowCause.NOT_A_NUMBER, where, "found " + describe(t) + "; expected a number");
    }

    /** The current token as an exact decimal (money), finite and {@code >= 0}, or null if the token is null. */
    public BigDecimal decimal(String where) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        double check = metric(where);
        if (Double.isNaN(check)) {
            return null;
        }
        return new BigDecimal(parser.getText().trim());
    }

    /**
     * The current token as a time in epoch seconds: a number of (possibly fractional) seconds, or
     * an ISO-8601 string with an offset; a fraction of a second is truncated.
     */
    public long epochSecond(String where) throws IOException {
        JsonToken t = parser.currentToken();
        String s = t == null ? "" : parser.getText();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double v = parser.getDoubleValue();
            if (Double.isFinite(v)) {
                return (long) Math.floor(v);
            }
        } else if (t == JsonToken.VALUE_STRING) {
            try {
                return Instant.parse(s).getEpochSecond();
            } catch (DateTimeParseException e1) {
                try {
                    return OffsetDateTime.parse(s).toEpochSecond();
                } catch (DateTimeParseException e2) {
                    // falls through to the error below
                }
            }
        }
        throw error(BadRowCause.BAD_TIMESTAMP, where, "timestamp (" + s
                + ") must be epoch seconds or ISO-8601 with an offset (e.g. 2025-03-17T10:00:00Z)");
    }

    /** The current token as a string (a label value or a name); numbers are accepted as their text. */
    public String string() throws IOException {
        JsonToken t = parser.currentToken();
        return t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL ? parser.getText() : null;
    }

    /** How a token reads in a message. */
    public static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the document";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
