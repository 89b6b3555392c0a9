package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.compress.SessionStep;
import io.evolp.core.ModelSpec;
import io.evolp.evolve.CorrectedPrediction;
import io.evolp.evolve.EvolvingPredictor;

/**
 * One measured sample as the FX thread receives it: the step, and everything derived from the
 * predictor it evolved into — computed on the worker that recorded the step, so the FX thread only
 * copies numbers into chart datasets and labels.
 *
 * @param full   the full model's prediction with the evolved predictor (moves the budget range)
 * @param curve  chart (b)'s points and fit
 * @param result where the session stands after this step
 * @param next   the candidate the next measurement is for (what "Add measured sample…" names)
 */
record StepUpdate(SessionStep step, SessionSettings settings, CorrectedPrediction full, CorrectionCurve curve,
                  SessionResult result, EvolvingPredictor predictor, BudgetSearch.Result next) {

    static StepUpdate of(SessionStep step, CompressionSession session, ModelSpec base) {
        EvolvingPredictor p = session.predictor();
        CorrectedPrediction full = p.predict(base);
        return new StepUpdate(step, session.settings(), full, CorrectionCurve.of(p, base.family(), full.rawMs()),
                session.result(), p, session.candidate());
    }
}
