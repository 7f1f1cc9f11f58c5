package dev.tenantsim.workload.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TenantMetaCsvTest {
    @TempDir
    Path dir;

    @Test
    void columnsComeInAnyOrderAndEmptyCellsAreNotGiven() throws IOException {
        Path f = Files.writeString(dir.resolve("m.csv"), "region,tenant,users,tier,data\nus-east-1,a,300,enterprise,200GB\n,b,,,\n");
        Map<String, TenantMeta> m = TenantMetaCsv.read(f);
        assertEquals(new TenantMeta("a", "enterprise", 300, "200GB", "us-east-1"), m.get("a"));
        assertEquals(TenantMeta.none("b"), m.get("b"));
    }

    @Test
    void badCellsNameFileLineColumnAndWhatIsAllowed() throws IOException {
        assertError("tenant,users\na,-3\n", ":2: users (-3) must be a whole number from 1 to 1000000000");
        assertError("tenant,data\na,lots\n", ":2: data (lots) must be a size such as 200GB");
        assertError("tenant,colour\n", ":1: column 2 (colour) must be one of [tenant, tier, users, data, region]");
        assertError("tier\n", ":1: the header (tier) must have a tenant column");
        assertError("tenant,tier\na,pro\na,free\n", ":3: tenant (a) is listed twice");
        assertError("tenant,tier\na\n", ":2: row has 1 cells; the header has 2");
    }

    private void assertError(String text, String expected) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.csv"), text);
        CalibrationException e = assertThrows(CalibrationException.class, () -> TenantMetaCsv.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()) && e.getMessage().contains(expected), e.getMessage());
    }
}
