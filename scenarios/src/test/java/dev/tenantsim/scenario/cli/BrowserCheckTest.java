package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue-7 browser check: real reports (the quickstart, and a three-day run through the fluid
 * pass with its heatmap, both through the CLI) opened in headless
 * Chromium loads, every image in it loads (naturalWidth &gt; 0), and the browser logs no console
 * message (the page has no scripts, so any message is an error). A screenshot is kept under
 * {@code target/browser-check/} as a test artifact.
 *
 * <p>How: (1) the page itself is loaded with console logging to stderr and a screenshot; (2) a tiny
 * checker page written next to the report loads {@code index.html} in an iframe and writes, into
 * its own DOM, the title and every image's {@code complete} / {@code naturalWidth}; Chromium's
 * {@code --dump-dom} prints that DOM. {@code --allow-file-access-from-files} lets the checker read
 * the iframe's document over {@code file://}. Skipped (with the reason printed) when there is no
 * Chromium; {@code .ci/run} installs the Debian package in CI.
 */
final class BrowserCheckTest {
    private static final String[] BROWSERS = {"chromium", "chromium-browser", "google-chrome"};
    private static final long TIMEOUT_SECONDS = 90;
    private static String browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void findBrowser() {
        browser = find();
        if (browser == null) {
            System.out.println("BrowserCheckTest skipped: no chromium on PATH (Debian: apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(browser != null, "no chromium on PATH (Debian: apt-get install -y chromium)");
    }

    @Test
    void theQuickstartReportLoadsWithEveryImageAndNoConsoleError() throws Exception {
        check("quickstart", "quickstart");
    }

    /** A multi-day run goes through the fluid pass and its page carries the utilization heatmap. */
    @Test
    void aThreeDayFluidReportLoadsWithItsHeatmap() throws Exception {
        Path file = Files.writeString(dir.resolve("three-days.yaml"), """
                name: three-days
                seed: 3
                horizon: { start: 2025-01-06T00:00Z, length: 3d }
                tiers:
                  pro: { slo: { p99: 300ms }, monthlyFee: 400 }
                tenants:
                  generate: { count: 200, mix: { pro: 100% }, users: { mean: 60, max: 3000 }, requestsPerUserPerMinute: 1, pattern: diurnal }
                request:
                  appCpu: { dist: exponential, mean: 8ms }
                topology:
                  cells:
                    shared: { count: 2, app: { nodes: 1, coresPerNode: 8 }, db: { maxConnections: 400, cores: 4 } }
                placement: { strategy: round-robin }
                """);
        List<String> srcs = check(file.toString(), "three-days");
        assertTrue(srcs.contains("utilization-heatmap.png"), srcs.toString());
    }

    private List<String> check(String scenario, String name) throws Exception {
        Path report = dir.resolve(name);
        CliHarness.Result r = CliHarness.run("run", scenario, "--replications", "1", "--out", report.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Path index = report.resolve("index.html");
        List<String> srcs = imageSources(Files.readString(index, StandardCharsets.UTF_8));
        assertTrue(srcs.size() >= 3, "the report shows its charts: " + srcs);

        Path artifacts = Path.of("target", "browser-check").toAbsolutePath();
        Files.createDirectories(artifacts);
        Path shot = artifacts.resolve(name + "-index.png");
        Files.deleteIfExists(shot);
        Run page = chromium(dir, "--enable-logging=stderr", "--v=0", "--window-size=1280,2400",
                "--screenshot=" + shot, index.toUri().toString());
        assertEquals(0, page.exit(), "chromium exit; stderr:\n" + page.err());
        assertTrue(Files.isRegularFile(shot) && Files.size(shot) > 10_000, "screenshot kept at " + shot);
        List<String> console = new ArrayList<>();
        for (String line : page.err().split("\n")) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        assertEquals(List.of(), console, "console messages of a page without scripts");

        Path checker = report.resolve("browser-check.html");
        Files.writeString(checker, CHECKER, StandardCharsets.UTF_8);
        Run check = chromium(dir, "--dump-dom", checker.toUri().toString());
        Files.delete(checker);
        assertEquals(0, check.exit(), "chromium exit; stderr:\n" + check.err());
        Matcher m = Pattern.compile("CHECK (\\{.*\\}) END", Pattern.DOTALL).matcher(check.out());
        assertTrue(m.find(), "the checker page wrote its result; DOM:\n" + check.out());
        JsonNode result = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
        assertTrue(result.path("loaded").asBoolean(), "index.html loaded in the iframe: " + result);
        assertTrue(result.path("title").asText().contains(name), "page title: " + result);
        assertTrue(result.path("h1").asText().length() > 0, "page heading: " + result);
        JsonNode images = result.path("images");
        assertEquals(srcs.size(), images.size(), "every <img> of the HTML is in the DOM: " + result);
        for (JsonNode img : images) {
            assertTrue(img.path("complete").asBoolean() && img.path("naturalWidth").asInt() > 0,
                    "image loads: " + img);
        }
        for (String src : srcs) {
            Files.copy(report.resolve(src), artifacts.resolve(name + "-" + src), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf("browser check of %s: %d images loaded, 0 console messages, screenshot %s%n", name, images.size(), shot);
        return srcs;
    }

    private static List<String> imageSources(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<img [^>]*src=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run chromium(Path work, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--allow-file-access-from-files", "--virtual-time-budget=10000"));
        cmd.addAll(List.of(args));
        Path out = work.resolve("chromium-out-" + System.nanoTime() + ".txt");
        Path err = work.resolve("chromium-err-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : BROWSERS) {
            for (String d : path.split(File.pathSeparator)) {
                Path f = Path.of(d, name);
                if (Files.isExecutable(f)) {
                    return f.toString();
                }
            }
        }
        return null;
    }

    /** Loads index.html in an iframe and writes what it finds into its own DOM, for --dump-dom. */
    private static final String CHECKER = """
            <!doctype html><html><head><meta charset="utf-8"><title>browser check</title></head><body>
            <pre id="result">pending</pre>
            <iframe id="f" src="index.html" width="1280" height="2400"></iframe>
            <script>
            document.getElementById('f').addEventListener('load', function () {
              var out = {loaded: false, title: '', h1: '', images: []};
              try {
                var d = this.contentDocument;
                out.loaded = d.readyState === 'complete';
                out.title = d.title;
                var h = d.querySelector('h1');
                out.h1 = h ? h.textContent : '';
                for (var i = 0; i < d.images.length; i++) {
                  var im = d.images[i];
                  out.images.push({src: im.getAttribute('src'), complete: im.complete, naturalWidth: im.naturalWidth});
                }
              } catch (e) {
                out.error = String(e);
              }
              document.getElementById('result').textContent = 'CHECK ' + JSON.stringify(out) + ' END';
            });
            </script></body></html>
            """;
}
