package io.evolp.workflow;

import io.evolp.core.LayerDataset;
import io.evolp.predict.GbtPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.curve.LearningCurve;
import io.evolp.predict.eval.Metrics;
import io.evolp.predict.eval.Splits;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.task.ProgressMonitor;
import io.evolp.workflow.adaptive.TransferBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The learning-curve study shared by {@code evolp validate --learning-curve} and the Predictors
 * screen's "Learning curve" tab: parses the sizes, resolves a transfer source (a predictor, or a
 * dataset that gbt is first trained on, as {@code train --base SOURCE.csv} does), clamps the sizes to
 * the training part so no point is computed twice, runs {@link LearningCurve} and writes the result
 * as CSV. FX-free, so the CLI and the GUI give the same numbers for the same inputs.
 */
public final class LearningCurves {

    /** The sizes the GUI starts with (issue 14). */
    public static final String DEFAULT_SIZES = "10, 20, 50, 100, all";

    /** What the CSV export writes, one line per kind and size; runs are ';'-separated in seed order. */
    public static final List<String> CSV_HEADER = List.of("predictor", "rows", "all_rows", "test_rows", "sampling", "source",
            "acc10_median", "acc10_min", "acc10_max", "mape_median", "mape_min", "mape_max", "acc10_runs", "mape_runs");

    private LearningCurves() {
    }

    /**
     * Where transfer (and active sampling) starts from: a trained predictor, or a dataset to train gbt on.
     *
     * @param label the file or workspace name alone (legends); {@code name} adds what it is (reports, CSV)
     */
    public record Source(String label, String name, LatencyPredictor predictor, LayerDataset dataset) {

        public static Source ofPredictor(LatencyPredictor p, String label) {
            return new Source(label, TransferBase.name(label, p), p, null);
        }

        public static Source ofDataset(LayerDataset d, String label) {
            return new Source(label, TransferBase.name(label, d), null, d);
        }

        /** The source predictor, training gbt on the source dataset when that is what was given. */
        LatencyPredictor resolve(TrainOptions opts, ProgressMonitor pm) {
            return predictor != null ? predictor : Predictors.train(GbtPredictor.KIND, dataset, opts, pm);
        }
    }

    /**
     * @param sizes  rows per point, {@link LearningCurve#ALL} for every training row
     * @param source null for curves from scratch only
     */
    public record Request(LayerDataset data, List<String> kinds, List<Integer> sizes, int seeds, double holdout, long seed,
                          Source source, boolean active) {
        public Request {
            kinds = List.copyOf(kinds);
            sizes = List.copyOf(sizes);
            if (kinds.isEmpty()) throw new IllegalArgumentException("choose at least one predictor kind");
            if (sizes.isEmpty()) throw new IllegalArgumentException("give at least one number of training rows");
            if (seeds < 1) throw new IllegalArgumentException("seeds must be at least 1, was " + seeds);
            if (!(holdout > 0 && holdout < 1)) throw new IllegalArgumentException("the held-out share must lie strictly between 0 and 1, was " + holdout);
            for (String k : kinds) {
                if (k.equals(TransferPredictor.KIND)) {
                    if (source == null) throw new IllegalArgumentException("transfer needs a source device (a predictor or dataset to transfer from)");
                } else if (!Predictors.kinds().contains(k)) {
                    throw new IllegalArgumentException("unknown predictor '" + k + "'; choose from " + Predictors.kinds() + " or transfer");
                }
            }
            if (active && source == null) throw new IllegalArgumentException("active sampling needs a source device to rank rows with");
        }
    }

    /** A finished study: the points of every kind (kind order, then size), and the split it was tested on. */
    public record Result(Request request, String sourceName, int trainRows, int testRows, List<LearningCurve.Point> points) {
        public Result {
            points = List.copyOf(points);
        }

        /** The points of one kind, smallest size first. */
        public List<LearningCurve.Point> of(String kind) {
            return points.stream().filter(p -> p.kind().equals(kind)).toList();
        }
    }

    /**
     * "10, 20, 50, 100, all" (commas and/or spaces) as sizes; {@link LearningCurve#ALL} for "all".
     *
     * @throws IllegalArgumentException naming the entry that is neither a positive whole number nor "all"
     */
    public static List<Integer> parseSizes(String text) {
        List<Integer> out = new ArrayList<>();
        for (String s : (text == null ? "" : text).split("[,\\s]+")) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) continue;
            if (t.equals("all")) {
                out.add(LearningCurve.ALL);
                continue;
            }
            try {
                int v = Integer.parseInt(t);
                if (v < 1) throw new NumberFormatException();
                out.add(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sizes are positive row counts or 'all', not '" + s.trim() + "'");
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("give at least one number of training rows (e.g. " + DEFAULT_SIZES + ")");
        return out;
    }

    /** Rows in the training part of the seeded split the study tests on (what "all" means). */
    public static int trainRows(LayerDataset data, double holdout, long seed) {
        return Splits.holdout(data, holdout, seed).train().length;
    }

    /** Sizes clamped to {@code trainRows} ("all" and sizes beyond it become it), each once, ascending. */
    public static List<Integer> resolve(List<Integer> sizes, int trainRows) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int n : sizes) s.add(n == LearningCurve.ALL || n > trainRows ? trainRows : n);
        return List.copyOf(s);
    }

    /** Trains the source when needed (the first tenth of the progress), then the curves. Cancellable throughout. */
    public static Result run(Request r, ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        int train = trainRows(r.data(), r.holdout(), r.seed());
        if (train < 1 || train == r.data().size()) {
            throw new IllegalArgumentException("the split leaves no training or no held-out rows; use more rows or another held-out share");
        }
        LatencyPredictor source = null;
        ProgressMonitor curves = monitor;
        if (r.source() != null) {
            boolean trains = r.source().predictor() == null;
            source = r.source().resolve(TrainOptions.defaults().withSeed(r.seed()),
                    trains ? ProgressParts.part(monitor, 0, 10, "source: ") : ProgressMonitor.NONE);
            if (trains) curves = new AfterSource(monitor);
        }
        LearningCurve.Request lc = new LearningCurve.Request(r.data(), r.kinds(), resolve(r.sizes(), train), r.seeds(),
                r.holdout(), r.seed(), source, r.source() == null ? null : r.source().name(), r.active());
        List<LearningCurve.Point> points = LearningCurve.run(lc, curves);
        return new Result(r, r.source() == null ? null : r.source().name(), train,
                points.isEmpty() ? 0 : points.get(0).testRows(), points);
    }

    /** The CSV of a result (header first), numbers at full precision. */
    public static List<List<String>> csv(Result r) {
        List<List<String>> out = new ArrayList<>();
        out.add(CSV_HEADER);
        String sampling = r.request().active() ? "active" : "random";
        for (LearningCurve.Point p : r.points()) {
            double[] mape = p.runs().stream().mapToDouble(Metrics::mape).toArray();
            out.add(List.of(p.kind(), String.valueOf(p.rows()), String.valueOf(p.rows() == r.trainRows()),
                    String.valueOf(p.testRows()), sampling, r.sourceName() == null ? "" : r.sourceName(),
                    String.valueOf(p.medianAcc10()), String.valueOf(p.minAcc10()), String.valueOf(p.maxAcc10()),
                    String.valueOf(p.medianMape()), String.valueOf(min(mape)), String.valueOf(max(mape)),
                    join(p.runs().stream().mapToDouble(Metrics::acc10).toArray()), join(mape)));
        }
        return out;
    }

    public static double minMape(LearningCurve.Point p) {
        return min(p.runs().stream().mapToDouble(Metrics::mape).toArray());
    }

    public static double maxMape(LearningCurve.Point p) {
        return max(p.runs().stream().mapToDouble(Metrics::mape).toArray());
    }

    private static double min(double[] v) {
        double m = Double.NaN;
        for (double x : v) m = Double.isNaN(m) ? x : Math.min(m, x);
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NaN;
        for (double x : v) m = Double.isNaN(m) ? x : Math.max(m, x);
        return m;
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) sb.append(sb.isEmpty() ? "" : ";").append(x);
        return sb.toString();
    }

    /** The last nine tenths of a progress bar, after the source's first tenth. */
    private record AfterSource(ProgressMonitor pm) implements ProgressMonitor {
        @Override
        public void progress(long done, long total, String message) {
            double f = total > 0 ? Math.min(1, (double) done / total) : 0;
            pm.progress(Math.round((0.1 + 0.9 * f) * 1000), 1000, message);
        }

        @Override
        public boolean isCancelled() {
            return pm.isCancelled();
        }
    }
}
