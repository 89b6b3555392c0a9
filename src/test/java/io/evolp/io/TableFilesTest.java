package io.evolp.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableFilesTest {

    @TempDir
    Path dir;

    static Table sample() {
        return Table.create("t", StringColumn.create("key", "a", "b"), IntColumn.create("n", 2, 0),
                DoubleColumn.create("mape", 12.5, Double.NaN));
    }

    @Test
    void writesHeaderAndRowsWithMissingAsEmptyAndReplacesAtomically() throws Exception {
        Path out = dir.resolve("sub/t.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old content that is longer than the new one\n".repeat(10));
        TableFiles.writeCsv(sample(), out);
        assertEquals(List.of("key,n,mape", "a,2,12.5", "b,0,"), Files.readAllLines(out));
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temp file left behind");
        }
    }
}
