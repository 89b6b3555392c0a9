package io.evolp.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object per row of an analysis table (column name → value), for the command line's
 * {@code --json}. Numbers stay numbers; JSON has no NaN, so a missing or undefined figure is null.
 */
public final class TableJson {

    private TableJson() {
    }

    /**
     * @param extra fields put first in every object (e.g. which table the line belongs to)
     */
    public static List<String> lines(Table table, String extraName, String extraValue) {
        List<String> out = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            ObjectNode o = Json.mapper().createObjectNode();
            if (extraName != null) o.put(extraName, extraValue);
            for (Column<?> c : table.columns()) put(o, c, r);
            out.add(o.toString());
        }
        return out;
    }

    private static void put(ObjectNode o, Column<?> c, int r) {
        String name = c.name();
        if (c.isMissing(r)) {
            o.putNull(name);
            return;
        }
        ColumnType t = c.type();
        Object v = c.get(r);
        if (t == ColumnType.INTEGER || t == ColumnType.SHORT) o.put(name, ((Number) v).intValue());
        else if (t == ColumnType.LONG) o.put(name, ((Number) v).longValue());
        else if (t == ColumnType.DOUBLE || t == ColumnType.FLOAT) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) o.put(name, d);
            else o.putNull(name);
        } else if (t == ColumnType.BOOLEAN) o.put(name, (Boolean) v);
        else o.put(name, c.getString(r));
    }
}
