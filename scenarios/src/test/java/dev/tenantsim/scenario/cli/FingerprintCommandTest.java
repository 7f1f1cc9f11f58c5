package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.fingerprint.FingerprintCsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FingerprintCommandTest {
    @TempDir
    Path dir;

    static Path data(String relative) {
        return Path.of(System.getProperty("tenantsim.data", "../../shared/data")).resolve(relative);
    }

    @Test
    void theBitbrainsTraceGivesOneRowPerVmAndAClassSummary() throws IOException {
        Path csv = dir.resolve("fp.csv");
        CliHarness.Result r = CliHarness.run("fingerprint", data("bitbrains-rnd/2013-7").toString(), "--out", csv.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(FingerprintCsvWriter.HEADER, lines.get(0));
        assertEquals(6, lines.size(), "five VMs (1, 92, 386, 407, 412): " + lines);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",")[2].matches("heavy|spiky|diurnal|steady")), lines.toString());
        assertTrue(r.out().contains("5 tenants over"), r.out());
        assertTrue(r.out().contains("heavy") && r.out().contains("spikiest:"), r.out());
        assertTrue(r.out().contains("wrote " + csv), r.out());
        // a month at 300 s: about 30 days of minutes
        assertTrue(r.out().matches("(?s).*over \\d{5} minutes \\((2[89]|3[0-1])\\.\\d days\\).*"), r.out());
    }

    @Test
    void anExistingCsvIsKeptWithoutForce() throws IOException {
        Path csv = Files.writeString(dir.resolve("fp.csv"), "keep me");
        CliHarness.Result r = CliHarness.run("fingerprint", data("planetlab/20110303").toString(), "--format", "planetlab",
                "--out", csv.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("exists; use --force"), r.err());
        assertEquals("keep me", Files.readString(csv));
        assertEquals(0, CliHarness.run("fingerprint", data("planetlab/20110303").toString(), "--format", "planetlab",
                "--out", csv.toString(), "--force").exit());
        assertEquals(22, Files.readAllLines(csv).size(), "21 PlanetLab VMs and the header");
    }

    @Test
    void badInputIsAMessageAndExitTwoNeverAStackTrace() throws IOException {
        Path empty = Files.writeString(dir.resolve("t.csv"), "tenant,timestamp,requests_per_s\n");
        CliHarness.Result r = CliHarness.run("fingerprint", empty.toString(), "--out", dir.resolve("a.csv").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertFalse(r.hasStackTrace(), r.err());
        CliHarness.Result unknown = CliHarness.run("fingerprint", empty.toString(), "--format", "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--format (nope) must be one of csv, bitbrains"), unknown.err());
        CliHarness.Result missing = CliHarness.run("fingerprint", dir.resolve("missing/trace.csv").toString());
        assertEquals(2, missing.exit());
        assertFalse(missing.hasStackTrace(), missing.err());
    }

    @Test
    void aFileNoReaderRecognisesNamesItsFirstLineAndTheKnownFormats() throws IOException {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "when,who,how much\n1,a,2\n");
        CliHarness.Result r = CliHarness.run("fingerprint", odd.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertTrue(r.err().contains("trace (" + odd + ") format not recognised from its first line (when,who,how much); "
                + "give --format, one of csv, bitbrains, planetlab, azure-v1, azure-llm, alibaba-v2018, swf, google-2019, "
                + "aggregate-curves, prometheus, cloudwatch, opencost"), r.err());
    }

    @Test
    void eachFormatIsRecognisedFromItsFirstLine() throws IOException {
        for (String[] c : new String[][] {{"timestamp,tenant,cpu_percent", "csv"}, {"tenant,timestamp,requests_per_s", "csv"},
                {"Timestamp [ms];\tCPU cores", "bitbrains"}, {"42", "planetlab"}, {"timestamp,vm1,vm2", "azure-v1"},
                {"TIMESTAMP,ContextTokens,GeneratedTokens", "azure-llm"}}) {
            Path f = Files.writeString(dir.resolve("first.csv"), c[0] + "\n");
            assertEquals(c[1], FingerprintCommand.sniff(f), c[0]);
        }
    }

    @Test
    void aGzipTraceIsRecognisedFromItsDecompressedFirstLine() throws IOException {
        Path f = dir.resolve("log.swf.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("; Version: 2.2\n1 0 -1 60 2 -1 -1 2 -1 -1 1 4 1 -1 -1 -1 -1 -1\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("swf", FingerprintCommand.sniff(f));
        CliHarness.Result r = CliHarness.run("fingerprint", f.toString(), "--out", dir.resolve("s.csv").toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aScenarioIsFingerprintedFromItsOwnTenants() throws IOException {
        Path csv = dir.resolve("q.csv");
        CliHarness.Result r = CliHarness.run("fingerprint", "quickstart", "--out", csv.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(42, Files.readAllLines(csv).size(), "40 generated tenants, bigco and the header");
        assertTrue(r.out().startsWith("quickstart: 41 tenants over 60 minutes"), r.out());
    }
}
