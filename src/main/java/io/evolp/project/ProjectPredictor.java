package io.evolp.project;

import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.eval.EvaluationReport;

/**
 * A trained predictor of a project.
 *
 * @param datasetName  dataset it was trained on (null when unknown)
 * @param testFraction holdout fraction of the evaluation split (0 when trained on all rows)
 * @param seed         split and training seed
 * @param evaluation   accuracy on the held-out rows of that split (null when not evaluated)
 */
public record ProjectPredictor(String name, LatencyPredictor predictor, String datasetName, double testFraction,
                               long seed, EvaluationReport evaluation) {

    public ProjectPredictor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a predictor needs a name");
        if (predictor == null) throw new IllegalArgumentException("predictor '" + name + "' has no model");
    }

    public String kind() {
        return predictor.kind();
    }

    public String device() {
        return predictor.device();
    }
}
