package io.evolp.analysis;

import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link AccuracyMatrix} as plain records, for faces that draw it (the workbench's heat table)
 * and should not depend on Tablesaw themselves. Same cells, same order, same figures.
 */
public final class MatrixCells {

    /**
     * One cell of the matrix.
     *
     * @param architecture the architecture, or {@link AccuracyMatrix#ALL} for the device's pooled cell
     * @param mape         mean absolute percentage error, %
     * @param acc10        share of rows within ±10 %, %
     */
    public record Cell(String kind, String device, String architecture, int n, double mape, double acc10) {

        public boolean pooled() {
            return AccuracyMatrix.ALL.equals(architecture);
        }
    }

    private MatrixCells() {
    }

    /** The matrix of these evaluated rows (empty for no rows). */
    public static List<Cell> of(List<PredictionRow> rows) {
        Table m = AccuracyMatrix.of(PredictionTable.of(rows));
        List<Cell> out = new ArrayList<>(m.rowCount());
        for (int i = 0; i < m.rowCount(); i++) {
            out.add(new Cell(m.stringColumn(PredictionTable.KIND).get(i), m.stringColumn(PredictionTable.DEVICE).get(i),
                    m.stringColumn(PredictionTable.ARCHITECTURE).get(i), m.intColumn(GroupedErrors.N).getInt(i),
                    m.doubleColumn(GroupedErrors.MAPE).getDouble(i), m.doubleColumn(GroupedErrors.ACC10).getDouble(i)));
        }
        return List.copyOf(out);
    }
}
