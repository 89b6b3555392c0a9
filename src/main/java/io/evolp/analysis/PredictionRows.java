package io.evolp.analysis;

import io.evolp.core.LayerDataset;
import io.evolp.predict.eval.EvaluationReport;

import java.util.ArrayList;
import java.util.List;

/** Turns an evaluation report back into per-layer rows by looking its row indices up in the dataset. */
public final class PredictionRows {

    private PredictionRows() {
    }

    /**
     * @param report       an evaluation of {@code data} (its {@code rows} index into {@code data})
     * @param architecture the architecture every row of {@code data} belongs to
     */
    public static List<PredictionRow> of(EvaluationReport report, LayerDataset data, String architecture) {
        int[] rows = report.rows();
        List<PredictionRow> out = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            out.add(new PredictionRow(report.predictorKind(), report.device(), architecture, data.key(r),
                    data.cin(r), report.predicted()[i], report.measured()[i]));
        }
        return out;
    }
}
