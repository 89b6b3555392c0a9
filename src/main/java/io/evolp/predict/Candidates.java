package io.evolp.predict;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.eval.Metrics;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.predict.gbt.GbtModel;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The learners auto and hybrid choose among, trained once per training set and shared: the global
 * boosted trees, evolp's per-key nets (with those trees as fallback), optionally a forest, and a
 * residual learner (boosted trees on log(measured / evolp)). Candidate names:
 * {@code evolp, gbt, gbt/free (boosted trees without channel groups), forest, hybrid/residual, hybrid/blend,
 * gbt/scaled (boosted trees on what a power law of the layer sizes leaves), forest/extra (extremely
 * randomized trees), gp (a Gaussian process)}.
 */
final class Candidates {

    static final String EVOLP = "evolp", GBT = "gbt", GBT_FREE = "gbt/free", FOREST = "forest",
            RESIDUAL = "hybrid/residual", BLEND = "hybrid/blend", SCALED = "gbt/scaled",
            EXTRA = "forest/extra", GP = "gp";

    final GbtPredictor gbt;
    final EvolpPredictor evolp;
    final ForestPredictor forest;   // null when not asked for
    final GbtPredictor residual;    // null when not asked for
    final GbtPredictor free;        // null when not asked for
    final GbtPredictor scaled;      // null when not asked for
    final ForestPredictor extra;    // null when not asked for
    final GpPredictor gp;           // null when not asked for

    private Candidates(GbtPredictor gbt, EvolpPredictor evolp, ForestPredictor forest, GbtPredictor residual, GbtPredictor free,
                       GbtPredictor scaled, ForestPredictor extra, GpPredictor gp) {
        this.gbt = gbt;
        this.gp = gp;
        this.extra = extra;
        this.scaled = scaled;
        this.free = free;
        this.evolp = evolp;
        this.forest = forest;
        this.residual = residual;
    }

    static Candidates train(LayerDataset data, TrainOptions opts, boolean forest, boolean residual, ProgressMonitor pm) {
        return train(data, opts, forest, residual, false, false, false, false, pm);
    }

    static Candidates train(LayerDataset data, TrainOptions opts, boolean forest, boolean residual, boolean free,
                            boolean scaled, boolean extra, boolean gp, ProgressMonitor pm) {
        pm.checkCancelled();
        GbtPredictor g = GbtPredictor.train(data, opts, ProgressMonitor.NONE);
        pm.checkCancelled();
        EvolpPredictor e = EvolpPredictor.train(data, opts, g, ProgressMonitor.NONE);
        pm.checkCancelled();
        ForestPredictor f = forest ? ForestPredictor.train(data, opts, ProgressMonitor.NONE) : null;
        GbtPredictor r = null;
        if (residual) {
            pm.checkCancelled();
            int n = data.size();
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.log(Math.max(data.latency(i), 1e-9)) - Math.log(Math.max(e.predictLayer(data.config(i)), 1e-9));
            }
            GbtModel m = GbtPredictor.fitResidual(GbtPredictor.columns(data), y, opts.seed() + 1);
            r = new GbtPredictor(data.device(), m, GbtPredictor.seenKeys(data));
        }
        GbtPredictor fr = free ? GbtPredictor.trainFree(data, opts, ProgressMonitor.NONE) : null;
        pm.checkCancelled();
        GbtPredictor sc = scaled ? GbtPredictor.trainScaled(data, opts, ProgressMonitor.NONE) : null;
        pm.checkCancelled();
        ForestPredictor ex = extra ? ForestPredictor.trainExtra(data, opts, ProgressMonitor.NONE) : null;
        pm.checkCancelled();
        GpPredictor gpr = gp ? GpPredictor.train(data, opts, ProgressMonitor.NONE) : null;
        return new Candidates(g, e, f, r, fr, sc, ex, gpr);
    }

    double predict(String candidate, LayerConfig c) {
        return switch (candidate) {
            case EVOLP -> evolp.predictLayer(c);
            case GBT -> gbt.predictLayer(c);
            case GBT_FREE -> free.predictLayer(c);
            case SCALED -> scaled.predictLayer(c);
            case EXTRA -> extra.predictLayer(c);
            case GP -> gp.predictLayer(c);
            case FOREST -> forest.predictLayer(c);
            case RESIDUAL -> evolp.predictLayer(c) * Math.exp(residual.predictLog(c));
            case BLEND -> Math.sqrt(evolp.predictLayer(c) * gbt.predictLayer(c));
            default -> throw new IllegalArgumentException("unknown candidate " + candidate);
        };
    }

    /**
     * k-fold cross-validation of the candidates on {@code data} alone (the caller passes training
     * rows only): every row is predicted once by candidates trained without it. Sorted as given.
     */
    static List<CvRow> crossValidate(LayerDataset data, List<String> candidates, int k, TrainOptions opts,
                                     ProgressMonitor pm) {
        boolean forest = candidates.contains(FOREST);
        boolean residual = candidates.contains(RESIDUAL);
        List<Split> folds = Splits.kfold(data, k, opts.seed());
        double[][] predicted = new double[candidates.size()][data.size()];
        AtomicInteger done = new AtomicInteger();
        pm.progress(0, folds.size() + 1, "cross-validation of " + candidates.size() + " candidates, " + folds.size() + " folds");
        // Folds are independent and write disjoint rows of 'predicted': run them on all cores.
        IntStream.range(0, folds.size()).parallel().forEach(f -> {
            Split s = folds.get(f);
            Candidates parts = train(data.subset(s.train()), opts, forest, residual, candidates.contains(GBT_FREE),
                    candidates.contains(SCALED), candidates.contains(EXTRA), candidates.contains(GP), pm);
            for (int row : s.test()) {
                LayerConfig c = data.config(row);
                for (int j = 0; j < candidates.size(); j++) predicted[j][row] = parts.predict(candidates.get(j), c);
            }
            int d = done.incrementAndGet();
            pm.progress(d, folds.size() + 1, "cross-validation: " + d + " of " + folds.size() + " folds done");
        });
        double[] measured = new double[data.size()];
        for (int i = 0; i < measured.length; i++) measured[i] = data.latency(i);
        List<CvRow> out = new ArrayList<>();
        for (int j = 0; j < candidates.size(); j++) {
            Metrics m = Metrics.of(predicted[j], measured);
            out.add(new CvRow(candidates.get(j), m.mape(), m.acc10()));
        }
        return out;
    }

    /** The row with the lowest MAPE; ties go to the earlier (simpler) candidate. */
    static CvRow best(List<CvRow> table) {
        CvRow best = null;
        for (CvRow r : table) if (best == null || r.mape() < best.mape()) best = r;
        return best;
    }

    /** Folds for an inner cross-validation: at most {@code k}, at least 2, never more than the rows. */
    static int folds(int k, int rows) {
        return Math.max(2, Math.min(k, rows));
    }
}
