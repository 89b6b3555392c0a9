package io.evolp.io;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Analysis tables as CSV files, through Tablesaw's writer: header line, comma-separated, missing
 * values (a cell with no rows, an undefined figure) as empty fields. Written atomically
 * (temp file + move) like every file the workbench saves.
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static void writeCsv(Table table, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new CsvWriter().write(table, CsvWriteOptions.builder(w).header(true).build());
            w.flush();
        });
    }
}
