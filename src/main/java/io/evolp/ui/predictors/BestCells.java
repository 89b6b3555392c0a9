package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells.Cell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best kind in each column of the accuracy matrix (one device and architecture): lowest MAPE or
 * highest ±10 % accuracy, ties all marked. A column with a single kind has no "best" to mark —
 * nothing was compared there.
 */
final class BestCells {

    private BestCells() {
    }

    static Set<Cell> of(List<Cell> cells, PredictorsModel.Metric metric) {
        Map<String, List<Cell>> byColumn = new LinkedHashMap<>();
        for (Cell c : cells) byColumn.computeIfAbsent(MatrixPane.column(c.device(), c.architecture()), k -> new ArrayList<>()).add(c);
        Set<Cell> best = new HashSet<>();
        for (List<Cell> column : byColumn.values()) {
            if (column.size() < 2) continue;
            double top = Double.NaN;
            for (Cell c : column) {
                double v = score(c, metric);
                if (!Double.isNaN(v) && (Double.isNaN(top) || v > top)) top = v;
            }
            for (Cell c : column) if (score(c, metric) == top) best.add(c);
        }
        return best;
    }

    /** Higher is better for both metrics. */
    private static double score(Cell c, PredictorsModel.Metric metric) {
        return metric == PredictorsModel.Metric.MAPE ? -c.mape() : c.acc10();
    }
}
