package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.project.ProjectFile;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded column form: exact round trip, and a column of the wrong length or a bad row is named. */
class DatasetColumnsTest {

    static LayerDataset small() {
        LayerDataset.Builder b = LayerDataset.builder("dev", List.of("note"));
        b.add(LayerConfig.of(56, 64, 64, 3, 1, 1, 1), 0.1 + 0.2, 2, new String[]{"a,b"});
        b.add(new LayerConfig(28, 32, 32, 3, 3, 2, 2, 1, 1, true, 32), 1e-3, 3, new String[]{""});
        return b.build();
    }

    @Test
    void rowsLatencyBitsLinesAndExtrasSurviveARoundTrip() {
        LayerDataset ds = small();
        LayerDataset back = DatasetColumns.fromFile(DatasetColumns.toFile(ds));
        assertEquals(ds.size(), back.size());
        assertEquals("dev", back.device());
        for (int r = 0; r < ds.size(); r++) {
            assertEquals(ds.config(r), back.config(r));
            assertEquals(Double.doubleToLongBits(ds.latency(r)), Double.doubleToLongBits(back.latency(r)));
            assertEquals(ds.sourceLine(r), back.sourceLine(r));
            assertEquals(ds.extra(r, 0), back.extra(r, 0));
        }
    }

    @Test
    void aShortColumnIsNamed() {
        ProjectFile.Columns c = DatasetColumns.toFile(small());
        ProjectFile.Columns bad = new ProjectFile.Columns(c.device(), c.rows(), c.inputSize(), c.cin(), new int[]{64},
                c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.groups(), c.line(), c.bias(), c.latency(), c.extras());
        var e = assertThrows(IllegalArgumentException.class, () -> DatasetColumns.fromFile(bad));
        assertTrue(e.getMessage().contains("\"cout\" has 1 values, expected 2"), e.getMessage());
        LinkedHashMap<String, List<String>> extras = new LinkedHashMap<>(c.extras());
        extras.put("note", List.of("x"));
        ProjectFile.Columns badExtra = new ProjectFile.Columns(c.device(), c.rows(), c.inputSize(), c.cin(), c.cout(),
                c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.groups(), c.line(), c.bias(), c.latency(), extras);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DatasetColumns.fromFile(badExtra)).getMessage()
                .contains("extras.note"));
    }

    @Test
    void anImpossibleRowOrLatencyIsNamedByRow() {
        ProjectFile.Columns c = DatasetColumns.toFile(small());
        ProjectFile.Columns zeroCin = new ProjectFile.Columns(c.device(), c.rows(), c.inputSize(), new int[]{64, 0}, c.cout(),
                c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.groups(), c.line(), c.bias(), c.latency(), c.extras());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DatasetColumns.fromFile(zeroCin)).getMessage()
                .startsWith("embedded dataset row 2: input_channel"));
        ProjectFile.Columns negative = new ProjectFile.Columns(c.device(), c.rows(), c.inputSize(), c.cin(), c.cout(),
                c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.groups(), c.line(), c.bias(), new double[]{1, -1}, c.extras());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DatasetColumns.fromFile(negative)).getMessage()
                .contains("row 2: latency"));
    }

    @Test
    void problemsMapBothWays() {
        List<InputProblem> ps = List.of(new InputProblem("f.csv", 3, 2, "cin", "bad"), new InputProblem(null, 0, 0, null, "x"));
        assertEquals(ps, DatasetColumns.problemsFromFile(DatasetColumns.problemsToFile(ps)));
        assertEquals(List.of(), DatasetColumns.problemsFromFile(null));
    }
}
