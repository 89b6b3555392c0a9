package io.evolp.predict.curve;

import io.evolp.core.Stats;

import io.evolp.core.LayerDataset;
import io.evolp.predict.Evaluator;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.active.ActiveOrder;
import io.evolp.predict.eval.Metrics;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.predict.transfer.TransferOrScratch;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Accuracy against training rows: one fixed held-out part (stratified by key, seed {@code seed}),
 * and for each of {@code seeds} repetitions the first n rows of a seeded shuffle of the training
 * part (or of an active campaign's order over it) — nested, so a larger n adds rows — train every
 * kind, which is scored on the held-out part. The same rows go to every kind of a repetition.
 */
public final class LearningCurve {

    /** {@code n} in a request meaning every training row. */
    public static final int ALL = -1;

    /**
     * @param kinds  predictor kinds ({@link Predictors#kinds()}) and/or {@link TransferPredictor#KIND}
     * @param sizes  training rows per point, {@link #ALL} for all
     * @param source for transfer and active sampling, else null
     * @param active rows in active-campaign order instead of random
     */
    public record Request(LayerDataset data, List<String> kinds, List<Integer> sizes, int seeds, double holdout, long seed,
                          LatencyPredictor source, String sourceName, boolean active) {
        public Request {
            kinds = List.copyOf(kinds);
            sizes = List.copyOf(sizes);
            if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, was " + seeds);
            for (String k : kinds) {
                if (k.equals(TransferPredictor.KIND)) {
                    if (source == null) throw new IllegalArgumentException("transfer needs a source predictor (--base)");
                } else if (!Predictors.kinds().contains(k)) {
                    throw new IllegalArgumentException("unknown predictor '" + k + "'; choose from " + Predictors.kinds()
                            + " or transfer");
                }
            }
            if (active && source == null) throw new IllegalArgumentException("active sampling needs a source predictor (--base)");
        }
    }

    /** One kind at one size: the held-out metrics of every repetition, in seed order. */
    public record Point(String kind, int rows, int testRows, List<Metrics> runs) {
        public double medianAcc10() { return median(runs.stream().mapToDouble(Metrics::acc10).toArray()); }
        public double minAcc10() { return runs.stream().mapToDouble(Metrics::acc10).min().orElse(Double.NaN); }
        public double maxAcc10() { return runs.stream().mapToDouble(Metrics::acc10).max().orElse(Double.NaN); }
        public double medianMape() { return median(runs.stream().mapToDouble(Metrics::mape).toArray()); }
    }

    private LearningCurve() {
    }

    public static List<Point> run(Request r, ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        Split split = Splits.holdout(r.data(), r.holdout(), r.seed());
        LayerDataset train = r.data().subset(split.train());
        LayerDataset test = r.data().subset(split.test());
        if (test.isEmpty()) throw new IllegalArgumentException("the held-out part is empty; use more rows or a larger --holdout");
        int[] sizes = r.sizes().stream().mapToInt(n -> n == ALL || n > train.size() ? train.size() : n).toArray();
        int largest = Arrays.stream(sizes).max().orElse(0);
        List<List<Metrics>> runs = new ArrayList<>();
        for (int i = 0; i < sizes.length * r.kinds().size(); i++) runs.add(new ArrayList<>());
        int steps = r.seeds() * sizes.length * r.kinds().size(), step = 0;
        for (int s = 0; s < r.seeds(); s++) {
            long seed = r.seed() + 1000L * (s + 1);
            int[] order = r.active() ? ActiveOrder.of(train, largest, r.source(), seed, monitor) : shuffled(train.size(), seed);
            for (int a = 0; a < sizes.length; a++) {
                LayerDataset rows = train.subset(sorted(Arrays.copyOf(order, sizes[a])));
                for (int k = 0; k < r.kinds().size(); k++) {
                    String kind = r.kinds().get(k);
                    monitor.checkCancelled();
                    monitor.progress(step++, steps, kind + " on " + sizes[a] + " rows, repetition " + (s + 1) + " of " + r.seeds());
                    LatencyPredictor p = train(kind, rows, r, seed, cancelOnly(monitor));
                    runs.get(a * r.kinds().size() + k).add(Evaluator.evaluate(p, test).overall());
                }
            }
        }
        monitor.progress(steps, steps, "learning curve done");
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < r.kinds().size(); k++) {
            for (int a = 0; a < sizes.length; a++) {
                out.add(new Point(r.kinds().get(k), sizes[a], test.size(), runs.get(a * r.kinds().size() + k)));
            }
        }
        return out;
    }

    private static LatencyPredictor train(String kind, LayerDataset rows, Request r, long seed, ProgressMonitor pm) {
        TrainOptions opts = TrainOptions.defaults().withSeed(seed);
        if (kind.equals(TransferPredictor.KIND)) {
            return TransferOrScratch.train(rows, r.source(), r.sourceName(), opts, pm).predictor();
        }
        return Predictors.train(kind, rows, opts, pm);
    }

    /** The trainers' own progress would fight the curve's bar; their cancellation checks must still reach them. */
    private static ProgressMonitor cancelOnly(ProgressMonitor pm) {
        return new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return pm.isCancelled(); }
        };
    }

    static int[] shuffled(int n, long seed) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
        return a;
    }

    private static int[] sorted(int[] a) {
        int[] s = a.clone();
        Arrays.sort(s);
        return s;
    }

    /** The median, NaN when there are no runs (a size whose every run failed). */
    static double median(double[] v) {
        return v.length == 0 ? Double.NaN : Stats.median(v);
    }
}
