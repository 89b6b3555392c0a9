package io.evolp.analysis;

import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Locale;

/**
 * Where a predictor's error comes from: accuracy per predictor kind and configuration key (numeric
 * key order), architecture, or channel-alignment class of {@code cin} ({@link Residue}).
 */
public enum Breakdown {
    KEY(PredictionTable.KEY, PredictionTable.KEY_RANK),
    ARCHITECTURE(PredictionTable.ARCHITECTURE, null),
    RESIDUE(PredictionTable.RESIDUE, PredictionTable.RESIDUE_RANK);

    private final String column;
    private final String rank;

    Breakdown(String column, String rank) {
        this.column = column;
        this.rank = rank;
    }

    /** The grouping column's name, also the name users type ({@code key}, {@code architecture}, {@code residue}). */
    public String column() {
        return column;
    }

    /** One row per kind and group, kinds in the order they appear in the rows, groups in their natural order. */
    public Table of(Table predictions) {
        List<String> ranks = rank == null ? List.of(PredictionTable.KIND_RANK) : List.of(PredictionTable.KIND_RANK, rank);
        return GroupedErrors.by(predictions, List.of(PredictionTable.KIND, column), ranks)
                .setName("error by " + name().toLowerCase(Locale.ROOT));
    }
}
