package io.evolp.analysis;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.mean;

/**
 * Accuracy per group of a {@link PredictionTable}: n, MAPE, ±5 % and ±10 % accuracy and the worst
 * relative error, each in percent, computed as one Tablesaw group-by over the per-row error terms
 * (so every figure equals {@link io.evolp.predict.eval.Metrics} of the group's rows).
 */
public final class GroupedErrors {

    public static final String N = "n";
    public static final String MAPE = "mape";
    public static final String ACC5 = "acc5";
    public static final String ACC10 = "acc10";
    public static final String WORST = "worst";

    private GroupedErrors() {
    }

    /**
     * @param groups the grouping columns, kept in the result in this order
     * @param ranks  int columns that order the groups (sorted on first, then the groups); grouped
     *               along with {@code groups} and dropped from the result
     * @return one row per non-empty group; no rows (but all columns) for an empty table
     */
    public static Table by(Table predictions, List<String> groups, List<String> ranks) {
        List<String> all = new ArrayList<>(ranks);
        all.addAll(groups);
        if (predictions.rowCount() == 0) return empty(predictions, groups);
        Table s = predictions.summarize(List.of(PredictionTable.APE, PredictionTable.WITHIN5, PredictionTable.WITHIN10),
                count, mean, max).by(all.toArray(String[]::new));
        s = s.sortAscendingOn(all.toArray(String[]::new));
        Table out = Table.create(predictions.name() + " by " + String.join(", ", groups));
        for (String g : groups) out.addColumns(s.column(g));
        DoubleColumn n = s.doubleColumn("Count [" + PredictionTable.APE + "]");
        out.addColumns(n.asIntColumn().setName(N),
                s.doubleColumn("Mean [" + PredictionTable.APE + "]").setName(MAPE),
                s.doubleColumn("Mean [" + PredictionTable.WITHIN5 + "]").setName(ACC5),
                s.doubleColumn("Mean [" + PredictionTable.WITHIN10 + "]").setName(ACC10),
                s.doubleColumn("Max [" + PredictionTable.APE + "]").setName(WORST));
        return out;
    }

    private static Table empty(Table predictions, List<String> groups) {
        Table out = Table.create(predictions.name() + " by " + String.join(", ", groups));
        for (String g : groups) out.addColumns((Column<?>) predictions.column(g).emptyCopy());
        out.addColumns(IntColumn.create(N), DoubleColumn.create(MAPE), DoubleColumn.create(ACC5),
                DoubleColumn.create(ACC10), DoubleColumn.create(WORST));
        return out;
    }
}
