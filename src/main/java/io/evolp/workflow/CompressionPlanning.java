package io.evolp.workflow;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.CandidatePlan;
import io.evolp.compress.CompressionSession;
import io.evolp.evolve.EvolvingPredictor;

/**
 * The compression plan both faces show: "at this budget, these widths are what would be measured
 * next". The budget slider's preview and a session's next step go through the same
 * {@link CandidatePlan}: with a live session its predictor, measured candidates and local bias;
 * without one, a fresh session's plan (nothing measured, local factor 1). Once the preview used its
 * own factor and showed widths the session would not measure; routing both through here keeps them
 * one plan.
 */
public final class CompressionPlanning {

    private CompressionPlanning() {
    }

    /**
     * The plan at {@code budgetMs}.
     *
     * @param search    the budget search of the setup (model, channel importance, window)
     * @param predictor the predictor as evolved so far (used when there is no session)
     * @param session   the live session of this setup, or null when none runs
     */
    public static BudgetSearch.Result plan(BudgetSearch search, EvolvingPredictor predictor, double budgetMs,
                                           CompressionSession session) {
        if (!(budgetMs > 0) || Double.isInfinite(budgetMs)) {
            throw new IllegalArgumentException("the budget must be a positive number of ms, was " + budgetMs);
        }
        return session != null ? session.plan(budgetMs) : CandidatePlan.next(search, budgetMs, predictor);
    }

    /** The search options of a face's choice: the paper's coarse bisection, or the default finer one aiming at the window's centre. */
    public static BudgetSearch.Options searchOptions(boolean paperSearch) {
        return paperSearch ? BudgetSearch.Options.evolp() : BudgetSearch.Options.defaults();
    }
}
