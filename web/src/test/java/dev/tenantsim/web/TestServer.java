package dev.tenantsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A server on loopback for the HTTP tests, with GET/POST helpers and a wait for a queued run. */
final class TestServer implements AutoCloseable {
    final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(Path work) throws Exception {
        server = new WebServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), work, new WebServer.Limits(1, 2, 2));
        server.start();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Http.JSON.readTree(r.body());
    }

    /** Polls a queued run until it is done or failed (at most four minutes). */
    JsonNode await(String id) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < end) {
            JsonNode s = json(get("/api/runs/" + id));
            String state = s.get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return s;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " did not finish in four minutes");
    }

    @Override
    public void close() {
        server.close();
    }
}
