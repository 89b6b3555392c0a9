package io.evolp.io;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean …?" for misspelt field names: a typo such as {@code "widht"} used to be ignored and
 * the model predicted at full width; now the refusal says which name was meant.
 */
public final class ClosestName {

    private ClosestName() {
    }

    /** The known name nearest to {@code typed} by edit distance, or null when none is close. */
    public static String of(String typed, Collection<String> known) {
        if (typed.length() > 64) return null; // a pasted blob is no typo, and the distance is quadratic
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        if (best == null) return null;
        int allowed = Math.max(1, Math.min(3, Math.max(typed.length(), best.length()) / 3));
        return bestD <= allowed ? best : null;
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
