package dev.tenantsim.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading and answering one exchange: bodies with a size limit, JSON answers, query parameters. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Http() {
    }

    /** The request body as UTF-8 text; more than {@code limit} bytes is a 413. */
    static String body(HttpExchange ex, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        boolean tooLarge = false;
        long seen = 0;
        try (InputStream in = ex.getRequestBody()) {
            int n;
            // Past the limit the rest is read and dropped (up to 16 times the limit), so the client gets the 413, not a reset.
            while ((n = in.read(buf)) > 0 && seen <= 16L * limit) {
                seen += n;
                if (seen > limit) {
                    tooLarge = true;
                } else {
                    out.write(buf, 0, n);
                }
            }
        }
        if (tooLarge) {
            throw tooLarge(limit);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadRequest(400, "the body is not UTF-8 text");
        }
    }

    private static BadRequest tooLarge(int limit) {
        return new BadRequest(413, "the upload is larger than the limit of " + limit + " bytes (" + (limit / 1024) + " KiB)");
    }

    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> m = new LinkedHashMap<>();
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return m;
        }
        for (String kv : q.split("&")) {
            int eq = kv.indexOf('=');
            String k = eq < 0 ? kv : kv.substring(0, eq);
            String v = eq < 0 ? "" : kv.substring(eq + 1);
            m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }

    static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("error", message, "problems", java.util.List.of()));
    }

    static void send(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : (bytes.length == 0 ? -1 : bytes.length));
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    /** A content type from the file name (reports hold html, css, png, svg, csv, json, js; the pages add pdf and xlsx). */
    static String typeOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (n.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (n.endsWith(".png")) {
            return "image/png";
        } else if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".json")) {
            return "application/json; charset=utf-8";
        } else if (n.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        } else if (n.endsWith(".pdf")) {
            return "application/pdf";
        } else if (n.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return "application/octet-stream";
    }
}
