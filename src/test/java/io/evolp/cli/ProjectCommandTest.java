package io.evolp.cli;

import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code evolp project show / export} on the sample project and on damaged copies of it. */
class ProjectCommandTest {

    static final String SAMPLE = "sample-data/sample.evolp.json";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = EvolpCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void showListsDatasetsPredictorsAndSessions() {
        Run r = run("project", "show", SAMPLE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Datasets (2)") && r.out().contains("Predictors (3)") && r.out().contains("Sessions (0)"), r.out());
        assertTrue(r.out().matches("(?s).*vgg16-simulated-tx2\\s+simulated-tx2\\s+2991.*"), r.out());
        assertTrue(r.out().matches("(?s).*lut · vgg16-simulated-tx2\\s+lut\\s+simulated-tx2\\s+598.*"), r.out());
    }

    @Test
    void showJsonIsOneObjectWithDatasetsAndPredictors() throws IOException {
        Run r = run("project", "show", SAMPLE, "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().lines().count(), "one line");
        var root = io.evolp.io.Json.mapper().readTree(r.out());
        assertEquals(2, root.get("datasets").size());
        assertEquals("mobilenetv1-simulated-nano", root.get("datasets").get(1).get("name").asText());
        assertEquals("simulated-nano", root.get("datasets").get(1).get("device").asText());
        assertEquals(2994, root.get("datasets").get(1).get("rows").asInt());
        assertEquals(List.of("evolp", "lut", "evolp"), List.of(root.get("predictors").get(0).get("kind").asText(),
                root.get("predictors").get(1).get("kind").asText(), root.get("predictors").get(2).get("kind").asText()));
        assertEquals(598, root.get("predictors").get(0).get("metrics").get("n").asInt());
        assertEquals(0, root.get("sessions").size());
    }

    @Test
    void aProjectCutInHalfIsRefusedWithFileLineAndColumnAndWhatPrecedesIt() throws IOException {
        String text = Files.readString(Path.of(SAMPLE));
        Path half = Files.writeString(dir.resolve("half.evolp.json"), text.substring(0, text.length() / 2));
        Run r = run("project", "show", half.toString(), "--json");
        assertEquals(1, r.code());
        assertEquals("", r.out(), "nothing on stdout");
        assertTrue(r.err().contains(half + ":1:" + (text.length() / 2 + 1) + ": the project file is damaged or cut off"), r.err());
        assertTrue(r.err().contains("Read before the damage: 0 datasets; 3 predictors ('evolp · vgg16-simulated-tx2'"), r.err());
    }

    @Test
    void aBadEntryIsRefusedAtItsLineAndColumn() throws IOException {
        String text = Files.readString(Path.of(SAMPLE)).replaceFirst("\"rows\":2994", "\"rows\":\"many\"");
        Path bad = Files.writeString(dir.resolve("bad.evolp.json"), text);
        Run r = run("project", "export", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(1, r.code());
        int col = text.indexOf("\"many\"") + 1;
        assertTrue(r.err().contains(bad + ":1:" + col + " (datasets[2].rows)"), r.err());
        assertTrue(r.err().contains("Read: 1 dataset ('vgg16-simulated-tx2')"), r.err());
        assertTrue(Files.notExists(dir.resolve("x")), "nothing exported");
    }

    @Test
    void exportWritesDatasetsPredictorsAndTheAccuracyTable() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("project", "export", SAMPLE, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wrote 2 datasets, 3 predictors"), r.out());
        DatasetLoadResult csv = DatasetCsvReader.read(out.resolve("datasets/vgg16-simulated-tx2.csv"), null);
        assertEquals(2991, csv.dataset().size());
        assertEquals("simulated-tx2", csv.dataset().device());
        LatencyPredictor lut = PredictorStore.load(out.resolve("predictors/lut_vgg16-simulated-tx2.json"));
        assertEquals("lut", lut.kind());
        List<String> acc = Files.readAllLines(out.resolve("accuracy.csv"));
        assertEquals(4, acc.size(), acc.toString());
        assertTrue(acc.get(0).startsWith("predictor,kind,device,dataset,test_fraction,seed,n,rmse_ms,mape"), acc.get(0));
        assertTrue(acc.get(2).startsWith("lut · vgg16-simulated-tx2,lut,simulated-tx2,vgg16-simulated-tx2,0.2,1,598,"), acc.get(2));
        // The exported predictor evaluates as train's file would: the other commands read it.
        Run eval = run("evaluate", "--predictor", out.resolve("predictors/lut_vgg16-simulated-tx2.json").toString(),
                "--data", out.resolve("datasets/vgg16-simulated-tx2.csv").toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
    }

    @Test
    void exportRefusesToWriteOverItsInputAndShowNeedsAFile() throws IOException {
        Run same = run("project", "export", SAMPLE, "--out", SAMPLE);
        assertEquals(1, same.code());
        assertTrue(same.err().contains("would destroy the input"), same.err());
        Run none = run("project", "show");
        assertEquals(2, none.code());
        Run missing = run("project", "show", dir.resolve("nope.evolp.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("file not found"), missing.err());
        Run bare = run("project");
        assertEquals(2, bare.code());
    }
}
