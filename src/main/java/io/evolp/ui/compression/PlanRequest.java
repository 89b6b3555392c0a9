package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.evolve.EvolvingPredictor;

/**
 * One re-plan for the budget slider: the prepared setup, the predictor as evolved so far (the live
 * session's, else the fresh one) and the budget. {@link #plan()} runs on a worker.
 */
record PlanRequest(Prepared prepared, EvolvingPredictor predictor, double budgetMs) {

    record Plan(PlanRequest request, BudgetSearch.Result result) {
    }

    Plan plan() {
        return new Plan(this, prepared.search().search(budgetMs, predictor));
    }
}
