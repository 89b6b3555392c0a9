package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.CandidatePlan;
import io.evolp.compress.CompressionSession;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.workflow.CompressionPlanning;

/**
 * One re-plan for the budget slider: the prepared setup, the predictor as evolved so far (the live
 * session's, else the fresh one), the budget and the live session of this setup (null: none).
 * {@link #plan()} runs on a worker and calls the same plan as the session's next step
 * ({@link CompressionPlanning}, over {@link CandidatePlan}), so the preview shows what the session would measure.
 */
record PlanRequest(Prepared prepared, EvolvingPredictor predictor, double budgetMs, CompressionSession session) {

    record Plan(PlanRequest request, BudgetSearch.Result result) {
    }

    Plan plan() {
        return new Plan(this, CompressionPlanning.plan(prepared.search(), predictor, budgetMs, session));
    }
}
