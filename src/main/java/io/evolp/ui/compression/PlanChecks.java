package io.evolp.ui.compression;

import io.evolp.compress.CompressionSession;

/**
 * The Compression screen's read-only judgements over its model: whether the live session belongs to
 * the prepared setup, the status line and the device warning. Kept apart from the controller so the
 * controller stays about actions.
 */
final class PlanChecks {

    private final CompressionModel m;

    PlanChecks(CompressionModel model) {
        this.m = model;
    }

    /** True when the live session was started with the setup that is prepared now. */
    boolean sessionOfPrepared() {
        SessionPlan s = m.sessionPlan.get();
        Prepared p = m.prepared.get();
        return s != null && p != null && s.prepared().choice().equals(p.choice());
    }

    /** A warning when the chosen predictor's device is not the measurement source's; "" when they fit. */
    String deviceWarning() {
        SetupChoice c = m.choice.get();
        String spec = m.sourceSpec.get();
        return c == null || spec == null ? "" : DeviceMatch.warning(c.predictor().device(), spec);
    }

    /**
     * One line on where things stand, shown under the controls. It starts with what the loop is
     * doing now — Running, Stepping, Pausing, Paused — or how the session ended (Converged …), so a
     * class never reads "Running" while nothing runs.
     */
    String status(CompressionSession s, SessionRunner.Activity activity) {
        if (m.viewing.get() != null) {
            return "Viewing saved session '" + m.viewing.get() + "' — Reset to start a live session.";
        }
        boolean busy = activity != SessionRunner.Activity.IDLE;
        if (s == null || m.lastResult.get() == null) {
            return busy ? "Starting the session: measuring the first candidate…"
                    : "No session yet — Run, Step or Add measured sample starts one with the settings above.";
        }
        var r = m.lastResult.get();
        String text = Texts.result(Texts.headline(r.state(), r.finished(), activity, m.pace.get()), r, s.settings());
        SessionPlan plan = m.sessionPlan.get();
        boolean budgetMoved = Math.abs(plan.budgetMs() - m.budget.get()) > 1e-9;
        boolean setupMoved = m.prepared.get() == null || !sessionOfPrepared();
        if (budgetMoved || setupMoved) text += " — the session keeps its own " + (setupMoved ? "settings" : "budget")
                + "; Reset to use the new one.";
        return text;
    }
}
