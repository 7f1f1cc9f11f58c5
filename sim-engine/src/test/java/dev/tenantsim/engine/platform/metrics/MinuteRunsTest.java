package dev.tenantsim.engine.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** MinuteRuns against a TreeSet, in runs form (contiguous minutes) and bitmap form (scattered ones). */
final class MinuteRunsTest {
    @Test
    void bothFormsAnswerLikeASetOfMinutes() {
        SplittableRandom r = new SplittableRandom(5);
        int span = 5_000;
        for (double density : new double[] {0.001, 0.05, 0.5}) {
            for (int meanRun : new int[] {1, 30}) {
                TreeSet<Integer> ref = new TreeSet<>();
                MinuteRuns.Builder b = new MinuteRuns.Builder(span);
                int m = 0;
                while (m < span) {
                    if (r.nextDouble() < density) {
                        int len = Math.min(span - m, 1 + r.nextInt(2 * meanRun));
                        b.add(m, len);
                        for (int i = m; i < m + len; i++) {
                            ref.add(i);
                        }
                        m += len + 1;
                    } else {
                        m++;
                    }
                }
                MinuteRuns set = b.build();
                String what = "density " + density + ", runs of " + meanRun + ": " + set;
                assertEquals(ref.size(), set.count(), what);
                assertArrayEquals(ref.stream().mapToInt(Integer::intValue).toArray(), set.toArray(), what);
                for (int q = 0; q < 2_000; q++) {
                    int from = r.nextInt(span + 10) - 5;
                    int to = from + r.nextInt(200);
                    Integer next = ref.ceiling(from);
                    assertEquals(next != null && next < to, set.anyIn(from, to), what + " [" + from + ", " + to + ")");
                }
                double[] per = new double[span];
                set.addTo(per, 0.5);
                for (int i = 0; i < span; i++) {
                    assertEquals(ref.contains(i) ? 0.5 : 0.0, per[i], what);
                }
                assertEquals(MinuteRuns.ofSorted(set.toArray()), set, what);
            }
        }
    }

    @Test
    void minutesMustComeInOrder() {
        MinuteRuns.Builder b = new MinuteRuns.Builder(100);
        b.add(10, 5);
        assertThrows(IllegalArgumentException.class, () -> b.add(12, 1));
        b.add(15, 1);
        assertEquals(6, b.build().count());
    }
}
