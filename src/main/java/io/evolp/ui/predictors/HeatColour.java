package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells.Cell;

import java.util.Locale;

/**
 * Heat colour of an accuracy-matrix cell: a pale green for good through yellow to a pale red for bad,
 * light enough that black text stays readable in both themes. MAPE saturates at
 * {@value #MAPE_RED} % (beyond that every kind is simply bad); ±10 % accuracy runs 0–100 %.
 */
final class HeatColour {

    static final double MAPE_RED = 30;

    private HeatColour() {
    }

    /** 0 for the best value, 1 for the worst. */
    static double badness(PredictorsModel.Metric metric, Cell cell) {
        double t = metric == PredictorsModel.Metric.MAPE ? cell.mape() / MAPE_RED : 1 - cell.acc10() / 100;
        return Double.isNaN(t) ? 1 : Math.max(0, Math.min(1, t));
    }

    /** A CSS colour: hue 120 (green) for badness 0 down to 0 (red) for badness 1. */
    static String of(PredictorsModel.Metric metric, Cell cell) {
        return String.format(Locale.ROOT, "hsb(%.0f, 45%%, 95%%)", 120 * (1 - badness(metric, cell)));
    }
}
