package dev.tenantsim.scenario.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Default network round trips between common cloud regions, in milliseconds, used when a stack
 * names a {@code region} and its {@code roundTrip} does not give the users' region. The values are
 * the published average ping times between AWS regions of "Latency Between AWS Global Regions"
 * (reproduced in the table of https://acomputerscientistlearnsaws.blogspot.com/2017/04/aws-regions.html),
 * the mean of the two directions rounded to 1 ms; a region to itself is 0 ms (intra-region round
 * trips of about 1 ms are left out). docs/metrics.md ("Regions") lists them. Names are AWS
 * region codes; a scenario may add any other region through a stack's {@code roundTrip}.
 */
public final class RegionRoundTrips {
    private static final String[] REGIONS = {"us-east-1", "us-west-1", "us-west-2", "eu-west-1", "eu-central-1",
        "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "sa-east-1"};
    /** Upper triangle, row by row, in the order of {@link #REGIONS}. */
    private static final int[][] MS = {
        {72, 88, 81, 89, 145, 178, 217, 230, 120},
        {19, 153, 167, 103, 132, 174, 158, 193},
        {137, 160, 89, 118, 161, 162, 183},
        {20, 212, 242, 239, 310, 191},
        {237, 266, 326, 323, 195},
        {31, 74, 104, 257},
        {72, 134, 286},
        {175, 328},
        {323},
    };
    private static final Map<String, Map<String, Integer>> TABLE = build();

    private RegionRoundTrips() {
    }

    private static Map<String, Map<String, Integer>> build() {
        Map<String, Map<String, Integer>> t = new TreeMap<>();
        for (String r : REGIONS) {
            t.put(r, new TreeMap<>());
            t.get(r).put(r, 0);
        }
        for (int i = 0; i < MS.length; i++) {
            for (int k = 0; k < MS[i].length; k++) {
                String a = REGIONS[i];
                String b = REGIONS[i + 1 + k];
                t.get(a).put(b, MS[i][k]);
                t.get(b).put(a, MS[i][k]);
            }
        }
        t.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(t);
    }

    /** The regions with default round trips. */
    public static Set<String> known() {
        return TABLE.keySet();
    }

    /** Milliseconds between two known regions, or -1 when either is not in the table. */
    public static int millis(String from, String to) {
        Map<String, Integer> row = TABLE.get(from);
        Integer v = row == null ? null : row.get(to);
        return v == null ? -1 : v;
    }
}
