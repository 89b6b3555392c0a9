package io.evolp.ui.common;

import io.evolp.io.AtomicFiles;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV export of what a table shows: the visible leaf columns in their on-screen order and the rows
 * in their current sort/filter order. Snapshot on the FX thread ({@link #snapshot}), write anywhere.
 */
public final class TableCsvExport {

    private TableCsvExport() {
    }

    /** Header + rows as text cells; call on the FX thread. */
    public static List<List<String>> snapshot(TableView<?> table) {
        List<List<String>> out = new ArrayList<>();
        List<TableColumn<?, ?>> cols = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) cols.add(c);
        List<String> header = new ArrayList<>();
        for (TableColumn<?, ?> c : cols) header.add(c.getText());
        out.add(header);
        for (int r = 0; r < table.getItems().size(); r++) {
            List<String> row = new ArrayList<>(cols.size());
            for (TableColumn<?, ?> c : cols) {
                Object v = c.getCellData(r);
                row.add(v == null ? "" : v.toString());
            }
            out.add(row);
        }
        return out;
    }

    public static void write(List<List<String>> rows, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(quote(row.get(i)));
            }
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
