package io.evolp.predict.active;

import io.evolp.core.ConfigKey;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FacilityLocationTest {

    private static final ConfigKey KEY = new ConfigKey(28, 3, 3, 1, 1, 1, 1, false, ConfigKey.DENSE);

    /** Points on a line (one coordinate), all of one key. */
    private static FacilityLocation line(double[] x, double[] weight) {
        double[][] z = new double[x.length][];
        ConfigKey[] keys = new ConfigKey[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = new double[]{x[i]};
            keys[i] = KEY;
        }
        double[] cover = new double[x.length];
        Arrays.fill(cover, 10);
        return new FacilityLocation(z, keys, weight, cover);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    @Test
    void gainIsTheWeightedDistanceAPickSaves() {
        double[] x = {0, 1, 2, 9};
        FacilityLocation fl = line(x, new double[]{1, 1, 2, 1});
        int[] all = {0, 1, 2, 3};
        // picking 1: every cover is 10 → 10, 9, 9, 2; savings 9, 10, 9·2, 2
        assertEquals(9 + 10 + 18 + 2, fl.gain(1, all), 1e-9);
        fl.add(1);
        // after it: covers 1, 0, 1, 8; picking 3 saves only its own 8
        assertEquals(8, fl.gain(3, all), 1e-9);
    }

    @Test
    void lazyPicksEqualExhaustiveGreedyPicks() {
        SplittableRandom r = new SplittableRandom(7);
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) x[i] = i < 50 ? r.nextDouble() * 2 : 5 + r.nextDouble() * 4;
        int[] all = java.util.stream.IntStream.range(0, x.length).toArray();
        FacilityLocation lazy = line(x, ones(x.length)), plain = line(x, ones(x.length));
        boolean[] takenLazy = new boolean[x.length], takenPlain = new boolean[x.length];
        for (int p = 0; p < 12; p++) {
            int a = lazy.pick(all, takenLazy, new SplittableRandom(p));
            int best = -1;
            double bestGain = -1;
            for (int c : all) {
                if (takenPlain[c]) continue;
                double g = plain.gain(c, all);
                if (g > bestGain) {
                    bestGain = g;
                    best = c;
                }
            }
            assertEquals(bestGain, plain.gain(a, all), 1e-9, "pick " + p + ": the lazy pick has the best gain");
            takenLazy[a] = takenPlain[a] = true;
            lazy.add(a);
            plain.add(a);
        }
    }

    @Test
    void noFreeMemberGivesMinusOne() {
        FacilityLocation fl = line(new double[]{0, 1}, ones(2));
        assertEquals(-1, fl.pick(new int[]{0, 1}, new boolean[]{true, true}, new SplittableRandom(1)));
    }
}
