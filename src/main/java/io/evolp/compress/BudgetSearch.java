package io.evolp.compress;

import io.evolp.core.ModelSpec;
import io.evolp.evolve.Band;
import io.evolp.evolve.CorrectedPrediction;
import io.evolp.evolve.EvolvingPredictor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * EvoLP's budget search (DESIGN §1.6): a binary search on the prune ratio r in [0, maxRatio] for a
 * model whose predicted latency lies in {@code [windowLow, windowHigh] × budget}. In γ mode r is
 * the quantile of all |γ| used as a global threshold; in uniform mode the width multiplier is
 * {@code 1 − r}. The predicted latency is non-increasing in r (every layer keeps fewer channels),
 * which is what makes bisection valid.
 *
 * <p>Stopping: the bisection aims at the window's centre and stops as soon as a probe lands in the
 * central half of the window, or when the bracket is narrower than {@link Options#resolution()};
 * then the probe in the window closest to the centre is returned, else the one just under the budget
 * (flagged as not in the window). Aiming at the centre is a refinement over the paper, which accepts
 * the first probe anywhere in the window ({@link Options#evolp()} does that): the session measures
 * the candidate next, and a prediction at 0.999 × budget measures above the budget half the time. The paper stops at a bracket of 0.02; around r = 0.5 on VGG16 one such step
 * changes the latency by ~8%, more than the 3% window, so the default here is 1e-4 (finer than one
 * channel of VGG16's 4224) — probes cost microseconds, and {@link Options#evolp()} keeps 0.02.
 *
 * <p>Immutable and thread-safe; all |γ| are sorted once in the constructor.
 */
public final class BudgetSearch {

    /**
     * @param windowLow  lower end of the target window as a share of the budget (0.97)
     * @param windowHigh upper end (1.0)
     * @param maxRatio   largest prune ratio tried (0.96)
     * @param resolution stop when the bracket on r is narrower than this
     * @param aimCentre  bisect towards the window's centre and stop early only in its central half
     *                   (false: stop at the first prediction anywhere in the window, as the paper)
     */
    public record Options(double windowLow, double windowHigh, double maxRatio, double resolution, boolean aimCentre) {
        public Options {
            if (!(windowLow > 0 && windowLow <= windowHigh)) throw new IllegalArgumentException("need 0 < window low <= window high");
            if (!(maxRatio > 0 && maxRatio < 1)) throw new IllegalArgumentException("max ratio must be in (0, 1), was " + maxRatio);
            if (!(resolution > 0 && resolution < maxRatio)) throw new IllegalArgumentException("resolution must be in (0, max ratio)");
        }

        public static Options defaults() { return new Options(0.97, 1.0, 0.96, 1e-4, true); }

        /** The paper's settings exactly: bracket 0.02, first prediction in the window wins. */
        public static Options evolp() { return new Options(0.97, 1.0, 0.96, 0.02, false); }

        public Options withWindow(double low, double high) { return new Options(low, high, maxRatio, resolution, aimCentre); }

        public Options withResolution(double r) { return new Options(windowLow, windowHigh, maxRatio, r, aimCentre); }

        public Options withAimCentre(boolean aim) { return new Options(windowLow, windowHigh, maxRatio, resolution, aim); }
    }

    /** One evaluated candidate: prune ratio and its corrected predicted latency, ms. */
    public record Probe(double ratio, double predictedMs) {
    }

    public enum Outcome {
        /** The prediction lies in the window. */
        IN_WINDOW,
        /** No candidate hit the window (a channel step jumps over it): the closest one under the budget. */
        BELOW_WINDOW,
        /** Even the most pruned model (r = maxRatio) is predicted above the budget; that model is returned. */
        UNREACHABLE,
        /** The full model is already below the window; it is returned unpruned. */
        FULL_MODEL
    }

    /**
     * @param widths       prunable widths of the candidate (an explicit list: each conv's cout)
     * @param ratio        prune ratio (uniform mode: width multiplier = 1 − ratio)
     * @param keptRatio    kept channels / channels of the base model, over the prunable layers
     * @param band         90% band of the corrected prediction; null when the predictor gives none
     * @param probes       every candidate evaluated, in order ({@code steps()} of them)
     * @param reason       one sentence for the user on how the search ended
     */
    public record Result(List<Integer> widths, double ratio, double keptRatio, ModelSpec model, double rawMs,
                         double correctedMs, Band band, List<Probe> probes, boolean withinWindow, Outcome outcome,
                         String reason) {
        public Result {
            widths = List.copyOf(widths);
            probes = List.copyOf(probes);
        }

        public int steps() { return probes.size(); }
    }

    /** What the final candidate is reported with (the probes only need the corrected value). */
    private record Details(double raw, double corrected, Band band) {
    }

    private final ModelSpec base;
    private final Pruners.Pruner pruner;
    private final Options options;
    private final long baseChannels;

    public BudgetSearch(ModelSpec base, ChannelImportance importance, Options options) {
        this.base = base;
        this.pruner = Pruners.of(base, importance);
        this.options = options;
        this.baseChannels = sum(pruner.widths(base));
    }

    public BudgetSearch(ModelSpec base, ChannelImportance importance) {
        this(base, importance, Options.defaults());
    }

    public Options options() { return options; }

    public ModelSpec base() { return base; }

    /** {@code gamma} or {@code uniform}. */
    public String mode() { return pruner.mode(); }

    /** The candidate at prune ratio r (e.g. for a slider); r = 0 gives the base widths. */
    public ModelSpec modelAt(double ratio) { return pruner.at(ratio); }

    /** Search with an evolving predictor: corrected latency steers, the result carries raw and band. */
    public Result search(double budgetMs, EvolvingPredictor predictor) {
        return search(budgetMs, predictor, 1.0);
    }

    /**
     * Search with the corrected prediction scaled by {@code localFactor} (and its band with it):
     * a compression session's measured bias of the correction at its own candidates.
     */
    public Result search(double budgetMs, EvolvingPredictor predictor, double localFactor) {
        return run(budgetMs, m -> predictor.predictMs(m) * localFactor, m -> {
            CorrectedPrediction p = predictor.predict(m);
            Band b = p.band();
            return new Details(p.rawMs(), p.correctedMs() * localFactor,
                    b == null ? null : new Band(b.low() * localFactor, b.high() * localFactor));
        });
    }

    /**
     * The candidate at prune ratio {@code ratio}, reported as a search result (outcome IN_WINDOW or
     * BELOW_WINDOW by its prediction; no probes): a compression session's refinement between two
     * measured candidates, see {@code CandidatePlan}.
     */
    public Result at(double ratio, double budgetMs, EvolvingPredictor predictor, double localFactor, String reason) {
        double low = options.windowLow() * budgetMs, high = options.windowHigh() * budgetMs;
        Result r = result(ratio, List.of(), Outcome.IN_WINDOW, reason, m -> {
            CorrectedPrediction p = predictor.predict(m);
            Band b = p.band();
            return new Details(p.rawMs(), p.correctedMs() * localFactor,
                    b == null ? null : new Band(b.low() * localFactor, b.high() * localFactor));
        }, low, high);
        return r.withinWindow() ? r : new Result(r.widths(), r.ratio(), r.keptRatio(), r.model(), r.rawMs(), r.correctedMs(),
                r.band(), r.probes(), false, Outcome.BELOW_WINDOW, reason);
    }

    /** Search with any latency function (ms); raw = corrected = its value, no band. */
    public Result search(double budgetMs, ToDoubleFunction<ModelSpec> predictor) {
        return run(budgetMs, predictor, m -> {
            double v = predictor.applyAsDouble(m);
            return new Details(v, v, null);
        });
    }

    private Result run(double budget, ToDoubleFunction<ModelSpec> f, Function<ModelSpec, Details> details) {
        if (!(budget > 0) || Double.isInfinite(budget)) throw new IllegalArgumentException("budget must be a positive number of ms, was " + budget);
        double low = options.windowLow() * budget, high = options.windowHigh() * budget;
        List<Probe> probes = new ArrayList<>();
        double full = probe(f, 0, probes);
        if (full <= high) {
            if (full >= low) return result(0, probes, Outcome.IN_WINDOW, "the full model is predicted within the window", details, low, high);
            return result(0, probes, Outcome.FULL_MODEL, String.format(
                    "the budget %.4g ms is above the full model's predicted %.4g ms: the full model is kept", budget, full), details, low, high);
        }
        double max = options.maxRatio();
        double most = probe(f, max, probes);
        if (most > high) {
            return result(max, probes, Outcome.UNREACHABLE, String.format(
                    SessionReason.UNREACHABLE + ": even at prune ratio %.2f the model is predicted at %.4g ms > %.4g ms", max, most, high),
                    details, low, high);
        }
        // Bisect towards `target`: f(lo) > target, f(hi) <= high. Aiming at the centre rather than
        // stopping anywhere in the window leaves room for measurement noise on both sides: a
        // candidate predicted at 0.999 × budget measures over the budget half the time.
        double target = options.aimCentre() ? (low + high) / 2 : high;
        double accept = options.aimCentre() ? (high - low) / 4 : Double.POSITIVE_INFINITY;
        double lo = 0, hi = max;
        double best = most >= low ? max : Double.NaN, bestPrediction = most;
        while (hi - lo >= options.resolution()) {
            double mid = (lo + hi) / 2;
            double p = probe(f, mid, probes);
            if (p >= low && p <= high) {
                if (Math.abs(p - target) <= accept) {
                    return result(mid, probes, Outcome.IN_WINDOW, "predicted within the window", details, low, high);
                }
                if (Double.isNaN(best) || Math.abs(p - target) < Math.abs(bestPrediction - target)) {
                    best = mid;
                    bestPrediction = p;
                }
            }
            if (p > target) lo = mid;
            else hi = mid;
        }
        if (!Double.isNaN(best)) return result(best, probes, Outcome.IN_WINDOW, "predicted within the window", details, low, high);
        return result(hi, probes, Outcome.BELOW_WINDOW, String.format("no candidate between prune ratios %.4f and %.4f is"
                + " predicted in the window; the closest under the budget is returned", lo, hi), details, low, high);
    }

    private double probe(ToDoubleFunction<ModelSpec> f, double ratio, List<Probe> probes) {
        double p = f.applyAsDouble(pruner.at(ratio));
        probes.add(new Probe(ratio, p));
        return p;
    }

    private Result result(double ratio, List<Probe> probes, Outcome outcome, String reason,
                          Function<ModelSpec, Details> details, double low, double high) {
        ModelSpec m = pruner.at(ratio);
        int[] w = pruner.widths(m);
        Details d = details.apply(m);
        double corrected = d.corrected();
        List<Integer> widths = new ArrayList<>(w.length);
        for (int x : w) widths.add(x);
        return new Result(widths, ratio, baseChannels == 0 ? 1 : (double) sum(w) / baseChannels, m, d.raw(),
                corrected, d.band(), probes, corrected >= low && corrected <= high, outcome, reason);
    }

    private static long sum(int[] a) {
        long s = 0;
        for (int x : a) s += x;
        return s;
    }
}
