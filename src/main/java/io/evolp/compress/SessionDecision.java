package io.evolp.compress;

import io.evolp.measure.Measurement;
import io.evolp.measure.Spread;

import java.util.Locale;

/**
 * After each measurement: does the session stop (and how), measure the same candidate again, or
 * search again? Kept apart from {@link CompressionSession} so the rules read in one place:
 *
 * <ol>
 *   <li>The candidate's evidence is inside the window with 90 % confidence → if the last
 *       measurement was an independent confirmation that agrees with what came before, converged;
 *       else measure once more as that confirmation. A source that reports no noise (a replayed or
 *       typed number) converges on its number, and the reason says it was not confirmed.</li>
 *   <li>The full model fits under the budget → nothing to prune. The most pruned model measures
 *       above it → unreachable.</li>
 *   <li>The estimate is in the window but not confidently → measure again (adaptive rounds), unless
 *       even {@code maxRounds} rounds could not decide, or this candidate already had them: then the
 *       noise is wider than the window.</li>
 *   <li>The estimate is outside the window → the correction was refitted; search again.</li>
 * </ol>
 */
final class SessionDecision {

    /** @param state a final state, or null to go on with {@code kind} */
    record Next(SessionState state, String reason, String kind) {
    }

    private final SessionSettings settings;
    private final int maxRounds;
    private final double consistentZ;

    SessionDecision(SessionSettings settings, int maxRounds, double consistentZ) {
        this.settings = settings;
        this.maxRounds = maxRounds;
        this.consistentZ = consistentZ;
    }

    Next decide(BudgetSearch.Result c, Measurement m, String kind, Evidence e, Evidence before, boolean finished,
                SessionState state) {
        double low = settings.windowLowMs(), high = settings.windowHighMs();
        Evidence.Verdict v = e.verdict(low, high);
        String window = f("[%.4g, %.4g] ms", low, high);
        if (finished) {
            // A user measurement after the end refits the predictor; it converges only a session that had not.
            if (v == Evidence.Verdict.INSIDE && state != SessionState.CONVERGED && SessionStep.USER.equals(kind)) {
                return stop(SessionState.CONVERGED, f("converged on your measurement: %s is within %s (not confirmed by the device)",
                        estimate(e), window));
            }
            return new Next(null, null, SessionStep.SEARCH);
        }
        if (v == Evidence.Verdict.INSIDE) {
            if (!e.spreadKnown()) {
                return stop(SessionState.CONVERGED, f("converged: measured %.4g ms is within %s (the source reports no spread,"
                        + " so the number is taken as exact and was not confirmed)", e.estimateMs(), window));
            }
            boolean agrees = before == null || agrees(before, m, e);
            if (SessionStep.CONFIRM.equals(kind) && agrees) {
                return stop(SessionState.CONVERGED, f(SessionReason.CONFIRMED + ": %d measurements estimate %s, inside %s"
                        + " with 90 %% confidence", e.measurements(), estimate(e), window));
            }
            if (e.measurements() > maxRounds) return noise(e, window, "its confirmations kept disagreeing");
            String why = SessionStep.CONFIRM.equals(kind)
                    ? f("the confirmation (%.4g ms) disagreed with the %.4g ms before it; confirming again", m.medianMs(), before.estimateMs())
                    : f("in the window: %s; confirming with an independent measurement", estimate(e));
            return new Next(null, why, SessionStep.CONFIRM);
        }
        if (c.ratio() == 0 && e.estimateMs() <= high) {
            return stop(SessionState.NOTHING_TO_PRUNE, f("the full model measured %.4g ms, under the budget %.4g ms: nothing to prune",
                    e.estimateMs(), settings.budgetMs()));
        }
        if (c.outcome() == BudgetSearch.Outcome.UNREACHABLE && e.estimateMs() > high) {
            return stop(SessionState.UNREACHABLE, f(SessionReason.UNREACHABLE + ": the most pruned model (ratio %.2f) measured %.4g ms > %.4g ms",
                    c.ratio(), e.estimateMs(), high));
        }
        if (v == Evidence.Verdict.UNSURE) {
            if (e.noiseWiderThan(low, high, maxRounds)) return noise(e, window, f("even %d measurements could not decide", maxRounds));
            if (e.measurements() >= maxRounds) return noise(e, window, f("%d measurements did not decide", e.measurements()));
            if (e.measurements() >= 3 && roundsNeeded(e, low, high) > maxRounds) {
                // Too near an edge for rounds to settle it (judged once three measurements make the
                // estimate worth trusting): the refitted plan aims at the centre instead.
                return new Next(null, f("estimated %s: in the window but too near its edge to tell with %d rounds;"
                        + " refitted, searching for a candidate nearer the centre", estimate(e), maxRounds), SessionStep.SEARCH);
            }
            return new Next(null, f("estimated %s: in the window, but its 90 %% interval %.4g–%.4g ms reaches outside %s;"
                    + " measuring again (round %d of at most %d)", estimate(e), e.lowMs(), e.highMs(), window,
                    e.measurements() + 1, maxRounds), SessionStep.REPEAT);
        }
        return new Next(null, f("estimated %s, outside %s: refitted, searching again", estimate(e), window), SessionStep.SEARCH);
    }

    /** Measurements of this candidate that would put its interval inside the window, if its estimate holds. */
    private static double roundsNeeded(Evidence e, double low, double high) {
        double room = Math.min(e.estimateMs() - low, high - e.estimateMs());
        if (room <= 0) return Double.POSITIVE_INFINITY;
        double k = e.z() * e.singleSeMs() / room;
        return k * k;
    }

    /** The confirmation lies within 99 % of what the candidate's earlier measurements estimated. */
    private boolean agrees(Evidence before, Measurement confirmation, Evidence now) {
        // The session's noise of one measurement when it has one (steadier than this one's own spread).
        double se = now.singleSeMs() > 0 ? now.singleSeMs() : Spread.standardErrorMs(confirmation);
        if (Double.isNaN(se)) return true;
        double tolerance = consistentZ * Math.hypot(before.standardErrorMs(), se);
        return Math.abs(confirmation.medianMs() - before.estimateMs()) <= tolerance;
    }

    private Next noise(Evidence e, String window, String why) {
        double width = settings.windowHighMs() - settings.windowLowMs();
        return stop(SessionState.NOISE_WIDER_THAN_WINDOW, f(SessionReason.NOISE + ": %d measurement(s) of this"
                + " candidate estimate %s (one measurement ± %.2g ms; 90 %% interval %.4g–%.4g ms), but the window %s is"
                + " only %.2g ms wide, and %s. Remedies: more runs or rounds per measurement, a wider window, or a"
                + " quieter device (close other programs, fix the clock frequency).", e.measurements(), estimate(e),
                e.singleSeMs(), e.lowMs(), e.highMs(), window, width, why));
    }

    static String gapReason(SessionSettings s, CandidatePlan.Bracket gap) {
        Evidence a = gap.above().evidence(), b = gap.below().evidence();
        return f(SessionReason.NO_CANDIDATE + ": neighbouring widths measure %s (prune ratio %.4f) and %s (ratio %.4f),"
                + " on either side of [%.4g, %.4g] ms — one channel step jumps over the whole window (e.g. across a"
                + " kernel's tile size). The largest model under the budget is kept. Remedies: a wider window, another"
                + " budget, or γ-based pruning, whose steps are finer.", estimate(a), gap.above().ratio(), estimate(b),
                gap.below().ratio(), s.windowLowMs(), s.windowHighMs());
    }

    private static String estimate(Evidence e) {
        return e.spreadKnown() ? f("%.4g ± %.2g ms", e.estimateMs(), e.standardErrorMs()) : f("%.4g ms", e.estimateMs());
    }

    private static Next stop(SessionState s, String why) {
        return new Next(s, why, SessionStep.SEARCH);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
