package io.evolp.ui.datasets;

import io.evolp.ui.common.ExportMenus;
import io.evolp.io.AtomicFiles;
import io.evolp.task.ProgressMonitor;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV of the rows table as shown (visible columns in order, filtered and sorted rows), streamed
 * from a worker: TableCsvExport's FX-thread snapshot would hold 13 million strings for 1M rows.
 */
final class RowCsvExport {

    private RowCsvExport() {
    }

    static ExportMenus.CsvJob job(DatasetIndex ix, List<RowColumn> columns, int[] rows) {
        return (file, m) -> AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) w.write(',');
                w.write(quote(columns.get(c).header()));
            }
            w.write('\n');
            for (int i = 0; i < rows.length; i++) {
                if ((i & 0xFFFF) == 0) {
                    m.checkCancelled();
                    m.progress(i, rows.length, "writing rows");
                }
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) w.write(',');
                    w.write(quote(columns.get(c).text(ix, rows[i])));
                }
                w.write('\n');
            }
            w.flush();
        });
    }

    /** RFC 4180 quoting, only when needed (same rule as TableCsvExport). */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
