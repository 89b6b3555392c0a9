package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.eval.Splits;
import io.evolp.predict.gp.GaussianProcess;
import io.evolp.predict.gp.GpFeatures;
import io.evolp.task.ProgressMonitor;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Gaussian process on log latency over {@link GpFeatures} (log sizes, channel alignment to 4,
 * depthwise): the learner for few measured layers. Where boosted trees and forests need a few
 * hundred rows to fill in the latency surface between measured sizes, a smooth kernel interpolates it
 * from far fewer (issue 14: on 100 CPU layers it matched what the other learners reach on ~230).
 * Training is cubic in the rows, so it fits at most {@value #MAX_ROWS} of them (a seeded draw, said in
 * {@link #rowsUsed()}); auto offers it only up to {@link AutoPredictor#GP_ROWS} rows.
 */
public final class GpPredictor implements LatencyPredictor {

    public static final String KIND = "gp";
    public static final int MAX_ROWS = 400;

    private final String device;
    private final GaussianProcess gp;
    private final Set<ConfigKey> seen;

    GpPredictor(String device, GaussianProcess gp, Set<ConfigKey> seen) {
        this.device = device;
        this.gp = gp;
        this.seen = Set.copyOf(seen);
    }

    static GpPredictor train(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        LayerDataset rows = data.size() <= MAX_ROWS ? data : data.subset(Splits.draw(data.size(), MAX_ROWS, opts.seed()));
        int n = rows.size();
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = GpFeatures.of(rows.config(i));
            y[i] = Math.log(Math.max(rows.latency(i), 1e-9));
        }
        pm.checkCancelled();
        pm.progress(0, 1, "fitting a Gaussian process to " + n + " rows");
        GaussianProcess gp = GaussianProcess.fit(x, y, opts.seed(), pm::checkCancelled);
        pm.progress(1, 1, "fitted a Gaussian process to " + n + " rows");
        return new GpPredictor(data.device(), gp, GbtPredictor.seenKeys(data));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String device() {
        return device;
    }

    @Override
    public double predictLayer(LayerConfig layer) {
        double v = Math.exp(gp.predict(GpFeatures.of(layer)));
        return Double.isFinite(v) ? v : 0;
    }

    @Override
    public boolean covers(ConfigKey key) {
        return seen.contains(key);
    }

    GaussianProcess process() {
        return gp;
    }

    /** How many rows the process holds (at most {@value #MAX_ROWS}). */
    public int rowsUsed() {
        return gp.alpha().length;
    }

    public Set<ConfigKey> seenKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(seen));
    }
}
