package io.evolp.ui.workspace;

import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.project.ProjectPredictor;

/**
 * A trained predictor in the workbench (the observable workspace's face of a {@link ProjectPredictor}).
 *
 * @param datasetName  dataset it was trained on (its device is the predictor's device)
 * @param testFraction holdout fraction of the evaluation split (0 when trained on all rows)
 * @param seed         split and training seed
 * @param evaluation   accuracy on the held-out rows of that split (null when not evaluated)
 */
public record PredictorEntry(String name, LatencyPredictor predictor, String datasetName, double testFraction,
                             long seed, EvaluationReport evaluation) {

    public static PredictorEntry of(ProjectPredictor p) {
        return new PredictorEntry(p.name(), p.predictor(), p.datasetName(), p.testFraction(), p.seed(), p.evaluation());
    }

    public ProjectPredictor toModel() {
        return new ProjectPredictor(name, predictor, datasetName, testFraction, seed, evaluation);
    }

    public String kind() {
        return predictor.kind();
    }

    public String device() {
        return predictor.device();
    }

    @Override
    public String toString() {
        return name;
    }
}
