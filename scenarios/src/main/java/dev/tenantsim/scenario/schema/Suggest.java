package dev.tenantsim.scenario.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean: the closest allowed name by optimal-string-alignment (Damerau–Levenshtein) distance. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate within a distance that still looks like a typo, if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        int limit = Math.max(2, Math.min(word.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestD <= limit ? Optional.of(best) : Optional.empty();
    }

    /** "did you mean 'x'? allowed: a, b, c" or just the allowed list. */
    public static String hint(String word, Collection<String> allowed) {
        String list = "allowed: " + String.join(", ", allowed);
        return closest(word, allowed).map(c -> "did you mean '" + c + "'? " + list).orElse(list);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
