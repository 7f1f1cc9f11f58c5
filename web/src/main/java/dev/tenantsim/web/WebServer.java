package dev.tenantsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The server of {@code tenantsim serve}: pages and their scripts from the jar, JSON under
 * {@code /api/}, report folders under {@code /reports/}. Every handler answers a user error with
 * a status and a JSON message (never a stack trace) and the server keeps serving.
 *
 * <pre>
 * GET  /  /deal.html  /static/NAME              the pages and their scripts and style
 * GET  /api/deal-form?scenario=REF               the named tenants ("like") and tiers of a scenario
 * GET  /api/scenarios                            bundled scenarios
 * GET  /api/form?scenario=REF                    the what-if fields of a scenario (REF: bundled:NAME or upload:ID)
 * POST /api/upload?name=FILE.yaml  (YAML body)   validate and keep an upload (1 MiB at most)
 * POST /api/runs   {scenario, settings, replications}   queue a what-if (202; 429 when the queue is full)
 * POST /api/deals  {scenario, name, like, users, data, requestsPerUserPerMinute, region, tier, slo: {p99Ms, availabilityPercent},
 *                   targetMarginPercent, replications}   queue a deal-desk quote (pooled / performance cell / dedicated)
 * GET  /api/runs/ID                              a run's state, progress and, when done, its figures and report
 * GET  /reports/FOLDER/FILE                      a file of a run's report folder
 * </pre>
 */
final class WebServer implements AutoCloseable {
    private static final Set<String> STATIC = Set.of("index.html", "whatif.js", "style.css", "common.js", "deal.html", "deal.js");
    /** The pages served at the root ({@code /deal.html}) as well as under {@code /static/}. */
    private static final Set<String> PAGES = Set.of("index.html", "deal.html");

    /** How many runs at once, how many waiting, threads per run: the server's limits. */
    record Limits(int concurrentRuns, int waitingRuns, int threadsPerRun) {
        static Limits standard() {
            return new Limits(1, 4, Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final WorkFolder work;
    private final Uploads uploads;
    private final ScenarioSources sources;
    private final RunQueue queue;
    private final Limits limits;

    WebServer(InetSocketAddress address, Path workDir, Limits limits) throws IOException {
        this.work = new WorkFolder(workDir);
        this.uploads = new Uploads(work.uploads());
        this.sources = new ScenarioSources(uploads);
        this.limits = limits;
        this.queue = new RunQueue(limits.concurrentRuns(), limits.waitingRuns());
        this.server = HttpServer.create(address, 0);
        this.handlers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "tenantsim-serve-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(handlers);
        server.createContext("/", ex -> handle(ex, this::route));
    }

    void start() {
        server.start();
    }

    /** The address it listens on (the port chosen when 0 was asked). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    String url() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
    }

    WorkFolder work() {
        return work;
    }

    @Override
    public void close() {
        server.stop(0);
        queue.close();
        handlers.shutdownNow();
    }

    private interface Route {
        void serve(HttpExchange ex) throws IOException;
    }

    private static void handle(HttpExchange ex, Route route) throws IOException {
        try {
            route.serve(ex);
        } catch (BadRequest e) {
            Http.error(ex, e.status(), e.getMessage());
        } catch (dev.tenantsim.scenario.ScenarioException e) {
            Http.json(ex, 400, Errors.body(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Http.error(ex, 400, "the body is not JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            Http.error(ex, 500, "internal error: " + Errors.message(e));
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.startsWith("/api/")) {
            api(ex, method, path.substring("/api/".length()));
            return;
        }
        requireGet(method);
        if (path.equals("/")) {
            resource(ex, "index.html");
        } else if (PAGES.contains(path.substring(1))) {
            resource(ex, path.substring(1));
        } else if (path.equals("/favicon.ico")) {
            Http.send(ex, 204, "image/x-icon", new byte[0]);
        } else if (path.startsWith("/static/")) {
            resource(ex, path.substring("/static/".length()));
        } else if (path.startsWith("/reports/")) {
            reportFile(ex, ex.getRequestURI().getRawPath().substring("/reports/".length()));
        } else {
            throw new BadRequest(404, "no page " + path);
        }
    }

    private void api(HttpExchange ex, String method, String what) throws IOException {
        if (what.equals("scenarios")) {
            requireGet(method);
            Http.json(ex, 200, Map.of("bundled", ScenarioSources.bundled()));
        } else if (what.equals("form")) {
            requireGet(method);
            String ref = Http.query(ex).get("scenario");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("scenario", ref);
            body.put("fields", FormFields.of(sources.text(ref).source().root()));
            Http.json(ex, 200, body);
        } else if (what.equals("upload")) {
            requirePost(method);
            String yaml = Http.body(ex, Uploads.LIMIT);
            String[] idAndName = uploads.add(Http.query(ex).get("name"), yaml).split(":", 2);
            Http.json(ex, 200, Map.of("ref", ScenarioSources.UPLOAD + idAndName[0], "name", idAndName[1]));
        } else if (what.equals("runs")) {
            requirePost(method);
            WhatIf w = WhatIf.of(json(ex), sources);
            queue(ex, j -> w.run(j, work, limits.threadsPerRun()));
        } else if (what.equals("deal-form")) {
            requireGet(method);
            var root = sources.text(Http.query(ex).get("scenario")).source().root();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("tenants", Prospect.explicitIds(root));
            body.put("tiers", root.get("tiers") instanceof dev.tenantsim.scenario.yaml.YMap m ? List.copyOf(m.keys()) : List.of());
            Http.json(ex, 200, body);
        } else if (what.equals("deals")) {
            requirePost(method);
            DealDesk d = DealDesk.of(json(ex), sources);
            queue(ex, j -> d.run(j, work, limits.threadsPerRun()));
        } else if (what.startsWith("runs/")) {
            requireGet(method);
            RunJob job = queue.job(what.substring("runs/".length()));
            if (job == null) {
                throw new BadRequest(404, "no run " + what.substring("runs/".length()));
            }
            Http.json(ex, 200, job.status());
        } else {
            throw new BadRequest(404, "no endpoint /api/" + what);
        }
    }

    /** Queues a run: 202 with its status, or 429 when the queue is full. */
    private void queue(HttpExchange ex, java.util.function.Consumer<RunJob> work) throws IOException {
        try {
            Http.json(ex, 202, queue.submit(work).status());
        } catch (RunQueue.Full e) {
            Http.error(ex, 429, e.getMessage());
        }
    }

    private static JsonNode json(HttpExchange ex) throws IOException {
        JsonNode n = Http.JSON.readTree(Http.body(ex, Uploads.LIMIT));
        if (n == null || !n.isObject()) {
            throw new BadRequest(400, "the body must be a JSON object");
        }
        return n;
    }

    private static void requireGet(String method) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new BadRequest(405, method + " is not allowed here; use GET");
        }
    }

    private static void requirePost(String method) {
        if (!method.equals("POST")) {
            throw new BadRequest(405, method + " is not allowed here; use POST");
        }
    }

    private static void resource(HttpExchange ex, String name) throws IOException {
        if (!STATIC.contains(name)) {
            throw new BadRequest(404, "no page " + name + "; pages: " + String.join(", ", List.copyOf(new java.util.TreeSet<>(STATIC))));
        }
        try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new BadRequest(404, "no page " + name);
            }
            Http.send(ex, 200, Http.typeOf(name), in.readAllBytes());
        }
    }

    private void reportFile(HttpExchange ex, String rawRelative) throws IOException {
        String relative = java.net.URLDecoder.decode(rawRelative.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        Path p = WorkFolder.inside(work.runs(), relative);
        if (!Files.isRegularFile(p)) {
            throw new BadRequest(404, "no report file " + relative);
        }
        Http.send(ex, 200, Http.typeOf(p.getFileName().toString()), Files.readAllBytes(p));
    }
}
