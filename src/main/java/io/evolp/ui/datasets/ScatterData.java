package io.evolp.ui.datasets;

import io.evolp.task.ProgressMonitor;
import org.jfree.data.xy.DefaultXYZDataset;

import java.util.SplittableRandom;

/**
 * Latency against one channel count for one key, coloured by the other channel count (z holds
 * log2 of it, so 16, 32, 64, … get evenly spaced colours). Above {@code cap} points a seeded random
 * subset is drawn (DESIGN §6): same data, same picture, and the chart says how many it shows.
 * Built off the FX thread; the dataset is never changed after it is built.
 */
record ScatterData(DefaultXYZDataset dataset, int shown, int total, boolean xIsCin, double zMin, double zMax) {

    static final long SEED = 20230401L;

    static ScatterData build(DatasetIndex ix, int keyId, boolean xIsCin, int cap, ProgressMonitor m) {
        int[] rows = ix.rowsOfKey(keyId);
        m.checkCancelled();
        int[] pick = subsample(rows, cap, SEED);
        double[][] xyz = new double[3][pick.length];
        double zMin = Double.POSITIVE_INFINITY, zMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pick.length; i++) {
            int r = pick[i];
            int cin = ix.data().cin(r), cout = ix.data().cout(r);
            xyz[0][i] = xIsCin ? cin : cout;
            xyz[1][i] = ix.data().latency(r);
            xyz[2][i] = log2(xIsCin ? cout : cin);
            zMin = Math.min(zMin, xyz[2][i]);
            zMax = Math.max(zMax, xyz[2][i]);
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries(ix.label(keyId), xyz);
        return new ScatterData(ds, pick.length, rows.length, xIsCin, zMin, zMax);
    }

    boolean subsampled() { return shown < total; }

    /** "showing 20,000 of 180,000 points", or "180 points". */
    String caption() {
        return subsampled() ? "showing " + Formats.count(shown) + " of " + Formats.count(total) + " points (seeded random subset)"
                : Formats.count(total) + " points";
    }

    static double log2(int v) {
        return Math.log(v) / Math.log(2);
    }

    /** {@code cap} of {@code rows} chosen by a partial Fisher–Yates shuffle with a fixed seed. */
    static int[] subsample(int[] rows, int cap, long seed) {
        if (rows.length <= cap) return rows;
        int[] a = rows.clone();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < cap; i++) {
            int j = i + rnd.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return java.util.Arrays.copyOf(a, cap);
    }
}
