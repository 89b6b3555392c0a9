package io.evolp.ui.predictors;

import io.evolp.analysis.ArchitectureNames;
import io.evolp.analysis.MatrixCells;
import io.evolp.analysis.PredictionRow;
import io.evolp.analysis.PredictionRows;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.task.Job;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accuracy-matrix computation: each evaluated predictor's report joined back to the rows of
 * the dataset it was tested on, grouped by kind × device × architecture (Tablesaw, in
 * {@link MatrixCells}). Built from a snapshot taken on the FX thread, run on a worker.
 *
 * @param entries  the workspace's predictors at the time of the snapshot
 * @param datasets the workspace's datasets by name (the reports' row indices point into them)
 */
record MatrixJob(List<PredictorEntry> entries, Map<String, DatasetEntry> datasets) implements Job<List<MatrixCells.Cell>> {

    MatrixJob {
        entries = List.copyOf(entries);
        datasets = Map.copyOf(datasets);
    }

    @Override
    public List<MatrixCells.Cell> run(io.evolp.task.ProgressMonitor pm) {
        List<PredictionRow> rows = new ArrayList<>();
        for (PredictorEntry e : entries) {
            pm.checkCancelled();
            DatasetEntry ds = datasets.get(e.datasetName());
            EvaluationReport r = e.evaluation();
            // A predictor whose dataset was closed (or replaced by a shorter one) cannot be joined back.
            if (r == null || ds == null || !fits(r, ds)) continue;
            rows.addAll(PredictionRows.of(r, ds.dataset(), architectureOf(ds)));
        }
        return MatrixCells.of(rows);
    }

    /** The architecture a dataset's rows are counted under in the matrix (from its file name). */
    static String architectureOf(DatasetEntry ds) {
        String file = ds.source() != null ? ds.source().getFileName().toString() : ds.name();
        return ArchitectureNames.of(file, ds.device());
    }

    /** Whether a predictor's held-out rows are pooled into this cell (the cell's scatter shows exactly these). */
    static boolean contributes(PredictorEntry e, DatasetEntry ds, MatrixCells.Cell cell) {
        EvaluationReport r = e.evaluation();
        if (r == null || ds == null || !fits(r, ds)) return false;
        return r.predictorKind().equals(cell.kind()) && r.device().equals(cell.device())
                && (cell.pooled() || architectureOf(ds).equals(cell.architecture()));
    }

    private static boolean fits(EvaluationReport r, DatasetEntry ds) {
        int n = ds.dataset().size();
        for (int row : r.rows()) if (row < 0 || row >= n) return false;
        for (double p : r.predicted()) if (Double.isNaN(p)) return false;
        return true;
    }
}
