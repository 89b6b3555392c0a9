package io.evolp.compress;

import io.evolp.core.ModelSpec;

/**
 * What a compression session was asked to do.
 *
 * @param model           the base model being compressed (no γ: the importance is described, not stored)
 * @param importance      description of the channel importance (file, uniform, or "demo")
 * @param searchMode      {@code gamma} or {@code uniform}
 * @param budgetMs        latency budget, ms
 * @param correction      correction kind of the evolving predictor (linear, robust, bayes)
 * @param device          id of the measurement source, e.g. {@code simulated:tx2}
 * @param simulatedDevice whether that source is simulated
 * @param maxMeasurements measurements after which the session stops (user measurements count too)
 * @param search          search settings, including the window (default [0.97, 1.0] × budget)
 */
public record SessionSettings(ModelSpec model, String importance, String searchMode, double budgetMs, String correction,
                              String device, boolean simulatedDevice, int maxMeasurements, BudgetSearch.Options search) {

    public SessionSettings {
        if (!(budgetMs > 0) || Double.isInfinite(budgetMs)) throw new IllegalArgumentException("budget must be a positive number of ms, was " + budgetMs);
        if (maxMeasurements < 0) throw new IllegalArgumentException("max measurements must be >= 0, was " + maxMeasurements);
        model = new ModelSpec(model.name(), model.arch(), model.widths(), model.convs(), null, null);
    }

    public double windowLowMs() {
        return search.windowLow() * budgetMs;
    }

    public double windowHighMs() {
        return search.windowHigh() * budgetMs;
    }

    public boolean inWindow(double ms) {
        return ms >= windowLowMs() && ms <= windowHighMs();
    }
}
