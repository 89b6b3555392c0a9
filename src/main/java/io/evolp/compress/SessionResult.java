package io.evolp.compress;

import io.evolp.io.JsonOut;
import io.evolp.io.session.SessionFile;

import org.apache.commons.math3.special.Erf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a compression session ended up. The chosen candidate is the converged one; else, among the
 * candidates whose estimate lies in the window, the one most probably inside it (by its estimate and
 * standard error; the later on a tie); else the step whose estimate is closest under
 * the budget (the largest model that fits); else, when every estimate exceeded the budget, the
 * fastest; with no measurement at all, the current search candidate ({@code measuredMs} null,
 * {@code chosenStep} −1).
 *
 * @param predictedMs  corrected prediction of the chosen candidate when it was proposed
 * @param measuredMs   the chosen candidate's estimate over all its measurements (its last step's)
 * @param withinWindow the session claims the window: it converged ({@link SessionState#CONVERGED})
 * @param measurements number of measurements taken (automatic and user)
 * @param finished     the session stopped by itself (window reached, budget spent, nothing to do)
 * @param state        how it stands or ended (old session files: derived from the reason)
 * @param reason       why it stopped, or what it is waiting for
 */
public record SessionResult(List<Integer> widths, double predictedMs, Double measuredMs, boolean withinWindow,
                            int measurements, List<SessionStep> steps, int chosenStep, boolean finished, SessionState state,
                            String reason) {

    public SessionResult {
        widths = List.copyOf(widths);
        steps = List.copyOf(steps);
    }

    static SessionResult of(SessionSettings settings, List<SessionStep> steps, BudgetSearch.Result candidate,
                            boolean finished, SessionState state, String reason) {
        SessionStep chosen = choose(settings, steps, state);
        if (chosen == null) {
            return new SessionResult(candidate.widths(), candidate.correctedMs(), null, false, 0, steps, -1, finished, state, reason);
        }
        return new SessionResult(chosen.widths(), chosen.predictedMs(), chosen.estimateMs(), state == SessionState.CONVERGED,
                steps.size(), steps, chosen.index(), finished, state, reason);
    }

    static SessionStep choose(SessionSettings settings, List<SessionStep> steps, SessionState state) {
        if (state == SessionState.CONVERGED && !steps.isEmpty()) {
            // The converging step; a user measurement after the end does not change the pick.
            for (int i = steps.size() - 1; i >= 0; i--) if (steps.get(i).verdict() == Evidence.Verdict.INSIDE) return steps.get(i);
        }
        // Each candidate by its latest step (whose estimate covers all its measurements).
        Map<List<Integer>, SessionStep> latest = new LinkedHashMap<>();
        for (SessionStep s : steps) latest.put(s.widths(), s);
        SessionStep inWindow = null, under = null, fastest = null;
        double best = -1;
        for (SessionStep s : latest.values()) {
            double ms = s.estimateMs();
            if (settings.inWindow(ms)) {
                // Not merely the last one in the window: the one most likely to be there (a candidate
                // measured eight times near the centre beats one measured once near an edge).
                double p = probabilityInside(s, settings.windowLowMs(), settings.windowHighMs());
                if (p >= best) {
                    best = p;
                    inWindow = s;
                }
            }
            if (ms <= settings.windowHighMs() && (under == null || ms > under.estimateMs())) under = s;
            if (fastest == null || ms < fastest.estimateMs()) fastest = s;
        }
        return inWindow != null ? inWindow : under != null ? under : fastest;
    }

    /** P(true latency in the window) for a normal estimate; 1 when its error is unknown. */
    static double probabilityInside(SessionStep s, double low, double high) {
        double se = s.estimateSeMs();
        if (!(se > 0) || Double.isInfinite(se)) return 1;
        return phi((high - s.estimateMs()) / se) - phi((low - s.estimateMs()) / se);
    }

    private static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /**
     * The CLI's {@code --json} object: {@code {"widths":[…], "predicted_ms":…, "measured_ms":…,
     * "within_window":…, "state":…, "measurements":…, "steps":[…]}} plus {@code "reason"}; steps without their
     * probe lists (the count is in {@code search_steps}).
     */
    public String toJson() {
        return JsonOut.line(report());
    }

    /** The {@code --json} object as a DTO. */
    public SessionFile.Result report() {
        List<SessionFile.Step> compact = new java.util.ArrayList<>();
        for (SessionStep step : steps) compact.add(SessionSteps.write(step, false));
        return new SessionFile.Result(widths, predictedMs, measuredMs, withinWindow, state.name(), measurements, compact,
                reason, null);
    }
}
