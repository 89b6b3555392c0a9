package io.evolp.ui.predictors;

import io.evolp.ui.workspace.PredictorEntry;

import java.util.List;

/**
 * Which earlier result a new training run repeats: the same kind trained on the same dataset with
 * the same split (holdout fraction and seed, which also seeds training). Such a rerun gives the same
 * predictor, so the workbench replaces the earlier result instead of piling up copies. Predictors
 * loaded from files or not evaluated on a split are never merged.
 */
final class Retrains {

    private Retrains() {
    }

    /** Index in {@code existing} of the result {@code fresh} repeats, or -1. */
    static int indexOfSameRun(List<PredictorEntry> existing, PredictorEntry fresh) {
        if (!trained(fresh)) return -1;
        for (int i = 0; i < existing.size(); i++) {
            PredictorEntry e = existing.get(i);
            if (trained(e) && e.kind().equals(fresh.kind()) && e.datasetName().equals(fresh.datasetName())
                    && Double.compare(e.testFraction(), fresh.testFraction()) == 0 && e.seed() == fresh.seed()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean trained(PredictorEntry e) {
        return e.testFraction() > 0 && e.evaluation() != null;
    }
}
