package io.evolp.compress;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;

import java.util.List;

/**
 * Where a compression session ended up. The chosen candidate is the last step whose measured
 * latency is in the window; else the measured step closest under the budget (the largest model
 * that fits); else, when every measurement exceeded the budget, the fastest one measured; with no
 * measurement at all, the current search candidate ({@code measuredMs} null, {@code chosenStep} −1).
 *
 * @param predictedMs corrected prediction of the chosen candidate when it was proposed
 * @param measurements number of measurements taken (automatic and user)
 * @param finished     the session stopped by itself (window reached, budget spent, nothing to do)
 * @param reason       why it stopped, or what it is waiting for
 */
public record SessionResult(List<Integer> widths, double predictedMs, Double measuredMs, boolean withinWindow,
                            int measurements, List<SessionStep> steps, int chosenStep, boolean finished, String reason) {

    public SessionResult {
        widths = List.copyOf(widths);
        steps = List.copyOf(steps);
    }

    static SessionResult of(SessionSettings settings, List<SessionStep> steps, BudgetSearch.Result candidate,
                            boolean finished, String reason) {
        SessionStep chosen = choose(settings, steps);
        if (chosen == null) {
            return new SessionResult(candidate.widths(), candidate.correctedMs(), null, false, 0, steps, -1, finished, reason);
        }
        return new SessionResult(chosen.widths(), chosen.predictedMs(), chosen.measuredMs(), chosen.withinWindow(),
                steps.size(), steps, chosen.index(), finished, reason);
    }

    static SessionStep choose(SessionSettings settings, List<SessionStep> steps) {
        SessionStep inWindow = null, under = null, fastest = null;
        for (SessionStep s : steps) {
            double ms = s.measuredMs();
            if (s.withinWindow()) inWindow = s;
            if (ms <= settings.windowHighMs() && (under == null || ms > under.measuredMs())) under = s;
            if (fastest == null || ms < fastest.measuredMs()) fastest = s;
        }
        return inWindow != null ? inWindow : under != null ? under : fastest;
    }

    /**
     * The CLI's {@code --json} object: {@code {"widths":[…], "predicted_ms":…, "measured_ms":…,
     * "within_window":…, "measurements":…, "steps":[…]}} plus {@code "reason"}; steps without their
     * probe lists (the count is in {@code search_steps}).
     */
    public ObjectNode toJson() {
        ObjectNode o = Json.mapper().createObjectNode();
        ArrayNode w = o.putArray("widths");
        widths.forEach(w::add);
        o.put("predicted_ms", predictedMs);
        if (measuredMs == null) o.putNull("measured_ms");
        else o.put("measured_ms", measuredMs);
        o.put("within_window", withinWindow);
        o.put("measurements", measurements);
        ArrayNode s = o.putArray("steps");
        for (SessionStep step : steps) s.add(SessionJson.step(step, false));
        o.put("reason", reason);
        return o;
    }
}
