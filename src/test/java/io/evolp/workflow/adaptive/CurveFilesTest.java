package io.evolp.workflow.adaptive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CurveFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesBesideTheDatasetAndReadsBackWithUndefinedNumbersBlank() throws Exception {
        Path ds = dir.resolve("board.csv");
        List<CurvePoint> curve = List.of(new CurvePoint(1, Double.NaN, Double.NaN, Double.NaN, "auto → gbt"),
                new CurvePoint(20, 12.3456, 55.0, 4.5, "transfer → source+scale, x"));
        CurveFiles.write(ds, curve, new CurveFiles.Meta("nano", "board.csv", "tx2.csv", "budget", "done", "rule"));
        assertEquals(dir.resolve("board.curve.csv"), CurveFiles.csvFor(ds));
        List<String> lines = Files.readAllLines(CurveFiles.csvFor(ds));
        assertEquals(List.of(CurveFiles.HEADER, "1,,,,auto → gbt", "20,12.346,55.000,4.500,transfer → source+scale; x"), lines);
        String json = Files.readString(CurveFiles.jsonFor(ds));
        assertTrue(json.contains("\"cv_mape\" : null") && json.contains("\"cv_mape\" : 12.3456"), json);
        assertTrue(json.contains("\"format\" : \"evolp-campaign-curve/1\""), json);
        List<CurvePoint> back = CurveFiles.read(ds);
        assertEquals(2, back.size());
        assertTrue(Double.isNaN(back.get(0).cvMape()));
        assertEquals(12.346, back.get(1).cvMape(), 1e-9);
    }

    @Test
    void aForeignOrDamagedCurveIsNamedWithItsLine() throws Exception {
        Path ds = dir.resolve("d.csv");
        assertTrue(CurveFiles.read(ds).isEmpty(), "no curve yet");
        Files.writeString(CurveFiles.csvFor(ds), "a,b\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CurveFiles.read(ds)).getMessage()
                .contains("d.curve.csv, line 1: not a campaign curve"));
        Files.writeString(CurveFiles.csvFor(ds), CurveFiles.HEADER + "\n10,5,50,,x\nten,5,50,,x\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CurveFiles.read(ds)).getMessage()
                .contains("d.curve.csv, line 3: "));
    }
}
