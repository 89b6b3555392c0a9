package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The accuracy matrix as CSV: long form (one line per cell, so spreadsheets and scripts can pivot it
 * any way), numbers at full precision, and the cell the screen marks as best per column flagged
 * for the metric shown.
 */
final class MatrixCsv {

    static final List<String> HEADER = List.of("kind", "device", "architecture", "n", "mape_pct", "acc10_pct", "best_by");

    private MatrixCsv() {
    }

    static List<List<String>> rows(List<Cell> cells, PredictorsModel.Metric metric) {
        Set<Cell> best = BestCells.of(cells, metric);
        String by = metric == PredictorsModel.Metric.MAPE ? "mape" : "acc10";
        List<List<String>> out = new ArrayList<>();
        out.add(HEADER);
        for (Cell c : cells) {
            out.add(List.of(c.kind(), c.device(), c.architecture(), String.valueOf(c.n()), String.valueOf(c.mape()),
                    String.valueOf(c.acc10()), best.contains(c) ? by : ""));
        }
        return out;
    }

    /** "lut on tx2 / vgg16" (or "/ all architectures"), for status lines and tooltips. */
    static String describe(Cell c) {
        return c.kind() + " on " + c.device() + " / " + (c.pooled() ? "all architectures" : c.architecture());
    }
}
