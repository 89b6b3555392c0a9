package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.Evaluator;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the accuracy of the predictors read from a project on the held-out rows the file
 * names: identical predictions on identical rows give an identical report, so the numbers need
 * not be trusted from the file (which holds them only for people reading it).
 */
final class PredictorEvaluations {

    record Resolved(List<ProjectPredictor> predictors, List<InputProblem> problems) {
    }

    private PredictorEvaluations() {
    }

    static Resolved resolve(List<ProjectMapper.PendingPredictor> pending, List<ProjectDataset> datasets,
                            String projectName, ProgressMonitor pm) {
        List<ProjectPredictor> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ProjectMapper.PendingPredictor p : pending) {
            pm.checkCancelled();
            EvaluationReport report = null;
            if (p.testRows() != null) {
                LayerDataset ds = datasets.stream().filter(d -> d.name().equals(p.datasetName()))
                        .map(ProjectDataset::dataset).findFirst().orElse(null);
                if (ds == null) {
                    problems.add(new InputProblem(projectName, 0, 0, null, "predictor '" + p.name() + "': its dataset '"
                            + p.datasetName() + "' is not loaded, so its accuracy is not shown"));
                } else if (!inRange(p.testRows(), ds.size())) {
                    problems.add(new InputProblem(projectName, 0, 0, null, "predictor '" + p.name() + "': dataset '"
                            + p.datasetName() + "' has changed since the project was saved (" + ds.size()
                            + " rows); accuracy not shown — evaluate it again"));
                } else {
                    report = Evaluator.evaluate(p.predictor(), ds, p.testRows());
                }
            }
            out.add(new ProjectPredictor(p.name(), p.predictor(), p.datasetName(), p.testFraction(), p.seed(), report));
        }
        return new Resolved(out, problems);
    }

    private static boolean inRange(int[] rows, int size) {
        for (int r : rows) if (r < 0 || r >= size) return false;
        return true;
    }
}
