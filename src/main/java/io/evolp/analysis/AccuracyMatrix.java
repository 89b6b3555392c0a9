package io.evolp.analysis;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accuracy matrix: one cell per predictor kind × device × architecture with n, MAPE, ±5 %,
 * ±10 % and worst error, plus an {@value #ALL} cell per kind and device that pools the device's
 * architectures. Long ("tidy") form, so it exports as a plain CSV; {@link MatrixView} pivots it.
 */
public final class AccuracyMatrix {

    /** Architecture name of the pooled cell of a kind and device. */
    public static final String ALL = "all";

    private AccuracyMatrix() {
    }

    /** Cells ordered by kind (as they appear in the rows), device, architecture, with "all" last per device. */
    public static Table of(Table predictions) {
        List<String> rank = List.of(PredictionTable.KIND_RANK);
        Table cells = GroupedErrors.by(predictions,
                List.of(PredictionTable.KIND, PredictionTable.DEVICE, PredictionTable.ARCHITECTURE), rank);
        Table pooled = GroupedErrors.by(predictions, List.of(PredictionTable.KIND, PredictionTable.DEVICE), rank);
        StringColumn all = StringColumn.create(PredictionTable.ARCHITECTURE, pooled.rowCount());
        all.setMissingTo(ALL);
        pooled.insertColumn(2, all);
        Map<String, Integer> kindRank = kindRanks(predictions);
        Comparator<Row> order = Comparator
                .<Row>comparingInt(r -> kindRank.get(r.getString(PredictionTable.KIND)))
                .thenComparing(r -> r.getString(PredictionTable.DEVICE))
                .thenComparing(r -> r.getString(PredictionTable.ARCHITECTURE).equals(ALL) ? 1 : 0)
                .thenComparing(r -> r.getString(PredictionTable.ARCHITECTURE));
        return cells.append(pooled).sortOn(order).setName("accuracy matrix");
    }

    private static Map<String, Integer> kindRanks(Table predictions) {
        Map<String, Integer> out = new HashMap<>();
        StringColumn kinds = predictions.stringColumn(PredictionTable.KIND);
        for (int i = 0; i < predictions.rowCount(); i++) {
            out.putIfAbsent(kinds.get(i), predictions.intColumn(PredictionTable.KIND_RANK).getInt(i));
        }
        return out;
    }
}
