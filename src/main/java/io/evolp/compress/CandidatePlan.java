package io.evolp.compress;

import io.evolp.core.Stats;
import io.evolp.evolve.EvolvingPredictor;

import java.util.List;

/**
 * The one plan for "what would be measured next at this budget": the budget search with the
 * evolving predictor, scaled by the session's local bias. The session's next step and the GUI's
 * preview under the budget slider both call {@link #next} — once they differed (the preview used a
 * factor of 1.0, the session its own), so the preview showed widths the session would not measure.
 *
 * <p>Which measured candidates count is {@link SessionFeed}'s rule: those near the budget, when
 * there are any; the others (a most-pruned probe at a fifth of the budget) say little about the
 * correction's error where the search works.
 */
public final class CandidatePlan {

    /** How many of the latest counted candidates the local bias is taken over. */
    static final int LOCAL_POINTS = 3;

    private CandidatePlan() {
    }

    /** The candidate the session would measure next with this predictor and these measured candidates. */
    public static BudgetSearch.Result next(BudgetSearch search, double budgetMs, EvolvingPredictor predictor,
                                           List<MeasuredCandidate> measured, double sessionBudgetMs) {
        double f = localFactor(predictor, measured, sessionBudgetMs);
        BudgetSearch.Result r = search.search(budgetMs, predictor, f);
        double low = search.options().windowLow() * budgetMs, high = search.options().windowHigh() * budgetMs;
        Bracket known = bracket(measured, (low + high) / 2);
        if (known != null && !(r.ratio() > known.above().ratio() && r.ratio() < known.below().ratio())) {
            // Measurements already bracket the window's centre and the predictor points outside that
            // bracket (its smooth fit misses a step of the device): trust the measurements.
            BudgetSearch.Result inside = unmeasuredBetween(search, budgetMs, predictor, f, measured, known);
            if (inside != null) return inside;
            // Neighbouring widths: only measuring them again can tell whether the window lies between.
            if (!(known.above().evidence().lowMs() > high)) return again(search, budgetMs, predictor, f, known.above());
            if (!(known.below().evidence().highMs() < low)) return again(search, budgetMs, predictor, f, known.below());
        }
        MeasuredCandidate again = find(measured, r.widths());
        if (again == null) return r;
        if (again.evidence().verdict(low, high) == Evidence.Verdict.OUTSIDE) {
            // The plan proposes a candidate already known to be outside: a fit over several points
            // does not pass through it. Align the plan with that candidate alone and search again.
            f = clamp(again.evidence().estimateMs() / predictor.predictMs(again.model()));
            r = search.search(budgetMs, predictor, f);
            if (find(measured, r.widths()) == null) return r;
        }
        // The search proposes widths already measured: the correction cannot place the centre more
        // finely than the measurement noise. Interpolate between the measured candidates that
        // bracket the window's centre instead, when there is room between them.
        Bracket b = bracket(measured, (low + high) / 2);
        if (b == null) return r;
        double ea = b.above().evidence().estimateMs(), eb = b.below().evidence().estimateMs();
        double ratio = b.above().ratio() + (ea - b.target()) / (ea - eb) * (b.below().ratio() - b.above().ratio());
        BudgetSearch.Result between = search.at(ratio, budgetMs, predictor, f, String.format(
                "between two measured candidates (ratios %.4f and %.4f), interpolated to the window's centre",
                b.above().ratio(), b.below().ratio()));
        if (find(measured, between.widths()) == null) return between;
        BudgetSearch.Result unmeasured = unmeasuredBetween(search, budgetMs, predictor, f, measured, b);
        return unmeasured != null ? unmeasured : r;
    }

    private static BudgetSearch.Result again(BudgetSearch search, double budgetMs, EvolvingPredictor predictor, double f,
                                             MeasuredCandidate c) {
        return search.at(c.ratio(), budgetMs, predictor, f, String.format("a neighbour of the window measured again"
                + " (ratio %.4f): its estimate is not yet clear of the window", c.ratio()));
    }

    /** The measured candidates nearest the target from above (less pruned) and below (more pruned). */
    record Bracket(MeasuredCandidate above, MeasuredCandidate below, double target) {
    }

    static Bracket bracket(List<MeasuredCandidate> measured, double target) {
        MeasuredCandidate above = null, below = null;
        for (MeasuredCandidate c : measured) {
            double e = c.evidence().estimateMs();
            if (e >= target && (above == null || c.ratio() > above.ratio())) above = c;
            if (e < target && (below == null || c.ratio() < below.ratio())) below = c;
        }
        return above == null || below == null || !(above.ratio() < below.ratio()) ? null : new Bracket(above, below, target);
    }

    /**
     * Bisects the ratio between the bracket for widths nobody has measured (widths only change in
     * channel steps); null when there are none: the two candidates are neighbours.
     */
    static BudgetSearch.Result unmeasuredBetween(BudgetSearch search, double budgetMs, EvolvingPredictor predictor, double f,
                                                 List<MeasuredCandidate> measured, Bracket b) {
        double lo = b.above().ratio(), hi = b.below().ratio();
        for (int i = 0; i < 40 && hi - lo > 1e-9; i++) {
            double mid = (lo + hi) / 2;
            BudgetSearch.Result m = search.at(mid, budgetMs, predictor, f, String.format(
                    "between two measured candidates (ratios %.4f and %.4f): the next channel step", lo, hi));
            MeasuredCandidate known = find(measured, m.widths());
            if (known == null) return m;
            if (known.evidence().estimateMs() >= b.target()) lo = mid;
            else hi = mid;
        }
        return null;
    }

    /**
     * The two neighbouring measured candidates whose latencies jump over the whole window (a
     * channel step that crosses a kernel's tile size can cost 10 %), both confidently outside it;
     * null when there is no such gap.
     */
    public static Bracket windowSkipped(BudgetSearch search, double budgetMs, EvolvingPredictor predictor,
                                        List<MeasuredCandidate> measured) {
        double low = search.options().windowLow() * budgetMs, high = search.options().windowHigh() * budgetMs;
        Bracket b = bracket(measured, (low + high) / 2);
        if (b == null) return null;
        if (!(b.above().evidence().lowMs() > high && b.below().evidence().highMs() < low)) return null;
        return unmeasuredBetween(search, budgetMs, predictor, 1.0, measured, b) == null ? b : null;
    }

    private static MeasuredCandidate find(List<MeasuredCandidate> measured, List<Integer> widths) {
        for (MeasuredCandidate c : measured) if (c.widths().equals(widths)) return c;
        return null;
    }

    /** A plan with nothing measured yet (local factor 1). */
    public static BudgetSearch.Result next(BudgetSearch search, double budgetMs, EvolvingPredictor predictor) {
        return search.search(budgetMs, predictor, 1.0);
    }

    /**
     * The refitted correction's bias where the session actually is: over its latest counted
     * candidates, the ratio estimated ÷ corrected prediction (by the current predictor), clamped to
     * [0.8, 1.25] — weighted by how well each estimate is known (inverse relative variance, in log
     * space) when every one reports its noise, else their median. Why: an evolving predictor that
     * arrives with a long history (say 20 random-width models) is a global fit; its few-percent
     * error near the budget is as wide as the whole [0.97, 1.0] window, and the session's own
     * points barely move a fit of 20 others. Measured on the real VGG16 CPU data, such a session
     * repeated the same over-budget candidate for 6 measurements; with this factor it converges like
     * a fresh predictor. The weighting matters once a candidate has several rounds: the plan then
     * agrees with its precise estimate, so a candidate near the window's edge gives way to a
     * neighbour nearer the centre instead of being proposed again and again.
     */
    public static double localFactor(EvolvingPredictor predictor, List<MeasuredCandidate> measured, double sessionBudgetMs) {
        List<MeasuredCandidate> counted = SessionFeed.counted(measured, sessionBudgetMs);
        int n = counted.size();
        if (n == 0) return 1.0;
        int k = Math.min(LOCAL_POINTS, n);
        double[] ratio = new double[k];
        double wsum = 0, wlog = 0;
        boolean weighted = true;
        for (int i = 0; i < k; i++) {
            MeasuredCandidate c = counted.get(n - 1 - i);
            Evidence e = c.evidence();
            ratio[i] = e.estimateMs() / predictor.predictMs(c.model());
            double rel = e.standardErrorMs() / e.estimateMs();
            if (!e.spreadKnown() || !(rel > 0)) {
                weighted = false;
                continue;
            }
            wsum += 1 / (rel * rel);
            wlog += Math.log(ratio[i]) / (rel * rel);
        }
        double f = weighted ? Math.exp(wlog / wsum) : Stats.median(ratio);
        return clamp(f);
    }

    private static double clamp(double f) {
        return Math.max(0.8, Math.min(1.25, f));
    }
}
