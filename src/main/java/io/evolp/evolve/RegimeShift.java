package io.evolp.evolve;

/**
 * Finds where a device's current behaviour began in a family's history of log ratios
 * {@code ln(measured/raw)}, oldest first: devices drift (thermal throttling, a firmware or runtime
 * update, another process pinned to a core), and a correction fitted to 20 old points does not move
 * when 11 new ones all say the device is now 8 % slower — old evidence swamps new.
 *
 * <p>Rule: a split {@code j} (old = points before j, new = j…n−1) is a shift when
 * <ul>
 *   <li>both sides hold at least {@link #MIN_SIDE} points (fewer new points cannot be told from
 *       one or two outliers; fewer old ones are no regime to leave);</li>
 *   <li>the difference of the two means is at least {@link #Z} pooled within-side standard errors
 *       (a strict level because up to {@link #MAX_NEW} splits are scanned);</li>
 *   <li>every new point lies on the same side of the old mean (a single wild point among them
 *       cannot carry the difference), and the shift is at least {@link #MIN_SHIFT} (2 %, the
 *       quietest whole-model repeatability measured here), so a long quiet history does not
 *       reset for a difference nobody can act on.</li>
 * </ul>
 * Of the splits that qualify the one with the largest z is taken; the fit then uses the points from
 * it on (the old ones stay in the history, saved and shown). A single outlier never qualifies;
 * a sustained shift is adopted from its third point.
 */
final class RegimeShift {

    static final int MIN_SIDE = 3;
    /** Splits scanned: the last this many points can start a new regime (keeps a fit O(n)). */
    static final int MAX_NEW = 40;
    static final double Z = 4;
    static final double MIN_SHIFT = 0.02;

    private RegimeShift() {
    }

    /** Index of the first point of the current regime: 0 when there is no clear shift. */
    static int start(double[] r) {
        int n = r.length;
        if (n < 2 * MIN_SIDE) return 0;
        double[] s = new double[n + 1], q = new double[n + 1];
        for (int i = 0; i < n; i++) {
            s[i + 1] = s[i] + r[i];
            q[i + 1] = q[i] + r[i] * r[i];
        }
        int best = 0;
        double bestZ = 0;
        for (int j = Math.max(MIN_SIDE, n - MAX_NEW); j <= n - MIN_SIDE; j++) {
            int m = n - j;
            double oldMean = s[j] / j, newMean = (s[n] - s[j]) / m;
            double diff = newMean - oldMean;
            if (Math.abs(diff) < MIN_SHIFT) continue;
            double ssOld = Math.max(0, q[j] - j * oldMean * oldMean);
            double ssNew = Math.max(0, q[n] - q[j] - m * newMean * newMean);
            double se = Math.sqrt((ssOld + ssNew) / (n - 2) * (1.0 / j + 1.0 / m));
            double z = se > 0 ? Math.abs(diff) / se : Double.POSITIVE_INFINITY;
            if (!(z >= Z) || !(z > bestZ) || !sameSide(r, j, oldMean, Math.signum(diff))) continue;
            best = j; // ties (noise-free data) keep the earliest split
            bestZ = z;
        }
        return best;
    }

    private static boolean sameSide(double[] r, int from, double oldMean, double sign) {
        for (int i = from; i < r.length; i++) if (Math.signum(r[i] - oldMean) != sign) return false;
        return true;
    }
}
