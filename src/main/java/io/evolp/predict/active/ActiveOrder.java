package io.evolp.predict.active;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which an active campaign would measure the rows of a dataset whose latencies are
 * already known (a replay, for learning curves and for comparing against random choice): a first
 * batch by coverage alone, then batches of {@value #BATCH} chosen with the disagreement of the
 * candidates refitted on the rows "measured" so far — what {@code measure --adaptive} does live.
 */
public final class ActiveOrder {

    public static final int BATCH = 10;

    private ActiveOrder() {
    }

    /** The first {@code n} rows (indices into {@code pool}) an active campaign would measure. */
    public static int[] of(LayerDataset pool, int n, LatencyPredictor source, long seed, ProgressMonitor pm) {
        n = Math.min(n, pool.size());
        List<LayerConfig> layers = new ArrayList<>(pool.size());
        for (int i = 0; i < pool.size(); i++) layers.add(pool.config(i));
        List<Integer> order = new ArrayList<>();
        boolean[] used = new boolean[pool.size()];
        while (order.size() < n) {
            pm.checkCancelled();
            int[] done = order.stream().mapToInt(Integer::intValue).toArray();
            LayerDataset measured = pool.subset(sorted(done));
            double[] spread = source == null ? null : Disagreement.of(measured, source, layers, seed);
            List<LayerConfig> measuredLayers = new ArrayList<>();
            for (int i : done) measuredLayers.add(layers.get(i));
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < used.length; i++) if (!used[i]) free.add(i);
            List<LayerConfig> freeLayers = free.stream().map(layers::get).toList();
            double[] freeSpread = spread == null ? null : free.stream().mapToDouble(i -> spread[i]).toArray();
            int batch = Math.min(BATCH, n - order.size());
            for (int p : ActiveSelector.select(freeLayers, measuredLayers, batch, source, freeSpread, seed + order.size())) {
                int row = free.get(p);
                used[row] = true;
                order.add(row);
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] sorted(int[] a) {
        int[] s = a.clone();
        java.util.Arrays.sort(s);
        return s;
    }
}
