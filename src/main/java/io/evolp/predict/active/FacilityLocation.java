package io.evolp.predict.active;

import io.evolp.core.ConfigKey;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Greedy facility location within one family: the free layer whose measurement most reduces the
 * summed (weighted) distance from every layer of the family to its nearest measured or picked layer.
 * The held-out and future layers are drawn like the pool, so a representative of a dense region
 * is worth more than an outlier (which farthest-point selection favours); the gain is submodular,
 * so the greedy pick is within 1 − 1/e of the best set, and gains only fall as picks are added — a
 * candidate whose last known gain is below the best exact gain found cannot win (lazy evaluation).
 */
final class FacilityLocation {

    private final double[][] z;
    private final ConfigKey[] keys;
    private final double[] weight;
    /** Per layer, the distance to its nearest measured or picked layer, capped ({@link ActiveSelector#COVER_CAP}). */
    private final double[] cover;
    /** Per layer, an upper bound on its gain (its last computed gain; +∞ before the first). */
    private final double[] bound;

    FacilityLocation(double[][] z, ConfigKey[] keys, double[] weight, double[] cover) {
        this.z = z;
        this.keys = keys;
        this.weight = weight;
        this.cover = cover;
        this.bound = new double[z.length];
        Arrays.fill(bound, Double.POSITIVE_INFINITY);
    }

    /**
     * @param members the family's layers (indices), in a fixed order
     * @return the free member with the largest gain (ties: the first after a seeded random start), -1 if none is free
     */
    int pick(int[] members, boolean[] taken, SplittableRandom rnd) {
        int start = members.length == 0 ? 0 : rnd.nextInt(members.length);
        Integer[] order = new Integer[members.length];
        for (int j = 0; j < members.length; j++) order[j] = members[(start + j) % members.length];
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -bound[i]));  // stable: ties keep the seeded order
        int best = -1;
        double bestGain = -1;
        for (int c : order) {
            if (taken[c]) continue;
            if (bound[c] <= bestGain) break;
            double g = gain(c, members);
            bound[c] = g;
            if (g > bestGain) {
                bestGain = g;
                best = c;
            }
        }
        return best;
    }

    /** Records a pick: every layer's cover shrinks to its distance to it. */
    void add(int picked) {
        for (int i = 0; i < z.length; i++) cover[i] = Math.min(cover[i], ActiveSelector.distance(z[i], keys[i], z[picked], keys[picked]));
    }

    double gain(int c, int[] members) {
        double g = 0;
        for (int i : members) {
            double d = ActiveSelector.distance(z[i], keys[i], z[c], keys[c]);
            if (d < cover[i]) g += weight[i] * (cover[i] - d);
        }
        return g;
    }
}
