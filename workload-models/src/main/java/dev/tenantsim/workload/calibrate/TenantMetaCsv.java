package dev.tenantsim.workload.calibrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads per-tenant metadata for {@code tenantsim calibrate --tenants}: a CSV with a header naming
 * {@code tenant} and any of {@code tier}, {@code users}, {@code data}, {@code region} (in any
 * order; an empty cell means "not given"). Errors name the file, the line, the column and what is
 * allowed.
 */
public final class TenantMetaCsv {
    /** Columns a metadata file may have. */
    public static final List<String> COLUMNS = List.of("tenant", "tier", "users", "data", "region");
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final String SIZE = "[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|PB)";

    private TenantMetaCsv() {
    }

    /** Tenant id → its metadata, in file order. */
    public static Map<String, TenantMeta> read(Path file) throws IOException {
        Map<String, TenantMeta> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new CalibrationException(file + ":1: the header (empty file) must name the columns: tenant, then any of "
                        + COLUMNS.subList(1, COLUMNS.size()));
            }
            String[] names = header.strip().toLowerCase(Locale.ROOT).split(",", -1);
            int[] col = new int[COLUMNS.size()];
            Arrays.fill(col, -1);
            for (int i = 0; i < names.length; i++) {
                int k = COLUMNS.indexOf(names[i].strip());
                if (k < 0) {
                    throw new CalibrationException(file + ":1: column " + (i + 1) + " (" + names[i].strip()
                            + ") must be one of " + COLUMNS);
                }
                if (col[k] >= 0) {
                    throw new CalibrationException(file + ":1: column " + (i + 1) + " (" + names[i].strip() + ") is given twice");
                }
                col[k] = i;
            }
            if (col[0] < 0) {
                throw new CalibrationException(file + ":1: the header (" + header.strip() + ") must have a tenant column");
            }
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                if (c.length != names.length) {
                    throw new CalibrationException(file + ":" + lineNo + ": row has " + c.length + " cells; the header has "
                            + names.length);
                }
                String tenant = cell(c, col[0]);
                String where = file + ":" + lineNo + ": ";
                if (tenant == null) {
                    throw new CalibrationException(where + "tenant (empty) must name a tenant of the trace");
                }
                TenantMeta m = new TenantMeta(tenant, name(cell(c, col[1]), where + "tier"), users(cell(c, col[2]), where),
                        size(cell(c, col[3]), where), name(cell(c, col[4]), where + "region"));
                if (out.putIfAbsent(tenant, m) != null) {
                    throw new CalibrationException(where + "tenant (" + tenant + ") is listed twice");
                }
            }
        }
        return out;
    }

    private static String cell(String[] c, int i) {
        if (i < 0) {
            return null;
        }
        String v = c[i].strip();
        return v.isEmpty() ? null : v;
    }

    private static String name(String v, String where) {
        if (v != null && !v.matches(NAME)) {
            throw new CalibrationException(where + " (" + v + ") must be a name of letters, digits, '.', '_' or '-'");
        }
        return v;
    }

    private static long users(String v, String where) {
        if (v == null) {
            return 0;
        }
        try {
            long u = Long.parseLong(v);
            if (u >= 1 && u <= 1_000_000_000L) {
                return u;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CalibrationException(where + "users (" + v + ") must be a whole number from 1 to 1000000000");
    }

    private static String size(String v, String where) {
        if (v != null && !v.matches(SIZE)) {
            throw new CalibrationException(where + "data (" + v + ") must be a size such as 200GB (B, KB, MB, GB, TB or PB)");
        }
        return v;
    }
}
