package io.evolp.predict;

import io.evolp.core.ConfigKey;

import java.util.Collection;

/**
 * Chooses the covered key that best stands in for a key the data does not cover: same
 * depthwise-ness first, then the closest input size, kernel and stride. The caller scales the
 * stand-in's prediction by the MAC ratio, which accounts for the differing output area and kernel.
 */
final class NearestKey {

    private NearestKey() {
    }

    /**
     * @return the nearest covered key able to hold (cin, cout) (grouped keys need divisible
     *         channels), or null when none can; ties go to the smaller label, so the choice is stable
     */
    static ConfigKey find(ConfigKey query, Collection<ConfigKey> covered, int cin, int cout) {
        ConfigKey best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (ConfigKey k : covered) {
            if (!fits(k, cin, cout)) continue;
            double d = distance(query, k);
            if (d < bestD || (d == bestD && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestD = d;
            }
        }
        return best;
    }

    static double distance(ConfigKey q, ConfigKey k) {
        double d = 0;
        if (q.depthwise() != k.depthwise()) d += 1000;
        else if (q.groupKind() != k.groupKind()) d += 100;
        d += 2 * Math.abs(log2((double) q.inputSize() / k.inputSize()));
        d += 0.5 * (Math.abs(q.kh() - k.kh()) + Math.abs(q.kw() - k.kw()));
        d += Math.abs(log2((double) q.sh() / k.sh())) + Math.abs(log2((double) q.sw() / k.sw()));
        d += 0.1 * (Math.abs(q.ph() - k.ph()) + Math.abs(q.pw() - k.pw()));
        if (q.bias() != k.bias()) d += 0.05;
        return d;
    }

    private static boolean fits(ConfigKey k, int cin, int cout) {
        int g = k.groupKind();
        return g == ConfigKey.DENSE || g == ConfigKey.DEPTHWISE || (cin % g == 0 && cout % g == 0);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
