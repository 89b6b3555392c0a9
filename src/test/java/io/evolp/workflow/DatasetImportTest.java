package io.evolp.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetImportTest {

    private static final String HEADER = "input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,"
            + "stride_1,stride_2,padding_1,padding_2,bias,groups,latency\n";

    @TempDir Path dir;

    @Test
    void aCleanFileIsNamedAfterItselfAndSummarisedWithItsDevice() throws Exception {
        Path f = dir.resolve("tx2.sweep.csv");
        Files.writeString(f, HEADER + "56,64,64,3,3,1,1,1,1,False,1,0.5\n28,32,64,3,3,1,1,1,1,False,1,0.25\n");
        DatasetImport.Imported r = DatasetImport.read(f, "TX2");
        assertEquals("tx2.sweep", r.name());
        assertEquals(2, r.dataset().size());
        assertEquals("Imported tx2 (2): 2 rows of TX2", r.summary("tx2 (2)"));
        assertTrue(r.unusable().isEmpty());
    }

    @Test
    void badRowsTravelWithTheValidRowsAndNameLineAndColumn() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, HEADER + "56,64,64,3,3,1,1,1,1,False,1,0.5\n56,x,64,3,3,1,1,1,1,False,1,0.5\n");
        DatasetImport.Imported r = DatasetImport.read(f, null);
        assertEquals(1, r.dataset().size());
        assertEquals(1, r.totalProblems());
        assertEquals(3, r.problems().get(0).line());
        String s = r.summary("bad");
        assertTrue(s.startsWith("Imported bad: 1 rows, 1 problems (first: ") && s.contains("bad.csv"), s);
    }

    @Test
    void aFileWithoutAUsableRowSaysWhy() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, HEADER);
        String none = DatasetImport.read(empty, null).unusable().orElseThrow();
        assertTrue(none.contains("empty.csv") && none.contains("no data rows"), none);
        Path bad = dir.resolve("worse.csv");
        Files.writeString(bad, HEADER + "56,x,64,3,3,1,1,1,1,False,1,0.5\n56,64,64,3,3,1,1,1,1,False,1,-1\n");
        String why = DatasetImport.read(bad, null).unusable().orElseThrow();
        assertTrue(why.contains("worse.csv") && why.endsWith("(and 1 more problems)"), why);
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(NoSuchFileException.class, () -> DatasetImport.read(dir.resolve("missing.csv"), null));
    }

    @Test
    void baseNamesDropOnlyTheLastExtension() {
        assertEquals("runs", DatasetImport.baseName(Path.of("a/runs.csv")));
        assertEquals("p.evolp", DatasetImport.baseName(Path.of("p.evolp.json")));
        assertEquals(".hidden", DatasetImport.baseName(Path.of(".hidden")));
    }
}
