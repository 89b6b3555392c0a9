package io.evolp.cli;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.predict.PredictorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.evolp.cli.MeasureCliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** {@code evolp measure --adaptive} on simulated devices, and its bad input. */
class MeasureAdaptiveCliTest {

    @TempDir
    Path dir;

    private static final Path TX2 = Path.of("sample-data/vgg16-simulated-tx2.csv");

    @Test
    void transfersFromAnotherDevicePrintsTheCurveAndResumes() throws Exception {
        Path out = dir.resolve("nano.csv");
        Path pred = dir.resolve("nano.json");
        MeasureCliTest.Run r = run("measure", "--adaptive", "--budget-rows", "20", "--batch", "10", "--base", TX2.toString(),
                "--device", "simulated:nano", "--model", "vgg16", "--out", out.toString(), "--predictor-out", pred.toString(),
                "--patience", "5");
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("transfer from vgg16-simulated-tx2.csv"), r.out());
        List<String> batches = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+\\d+\\s+.*transfer → .*")).toList();
        assertEquals(2, batches.size(), r.out());
        assertTrue(batches.get(1).trim().startsWith("2     20"), batches.get(1));
        assertTrue(r.out().contains("Stopped: the budget of 20 rows is reached."), r.out());
        LayerDataset ds = DatasetCsvReader.read(out, null).dataset();
        assertEquals(20, ds.size());
        assertEquals("simulated:nano", ds.device());
        assertEquals("transfer", PredictorStore.load(pred).kind());
        assertEquals(3, Files.readAllLines(dir.resolve("nano.curve.csv")).size());
        assertTrue(Files.exists(dir.resolve("nano.curve.json")));
        assertTrue(Files.exists(dir.resolve("nano.csv.raw.jsonl")));

        MeasureCliTest.Run again = run("measure", "--adaptive", "--budget-rows", "30", "--base", TX2.toString(),
                "--device", "simulated:nano", "--model", "vgg16", "--out", out.toString(), "--patience", "5");
        assertEquals(0, again.code(), again.err() + again.out());
        assertTrue(again.out().contains("resume     20"), again.out());
        assertTrue(again.out().contains("(10 measured now, 20 resumed)"), again.out());
        assertEquals(30, DatasetCsvReader.read(out, null).dataset().size());
    }

    @Test
    void withoutABaseAutoLearnsFromScratchOnAPlan() throws Exception {
        Path plan = dir.resolve("plan.csv");
        assertEquals(0, run("plan", "--model", "mobilenetv1", "--samples", "40", "--out", plan.toString()).code());
        Path out = dir.resolve("cpu.csv");
        MeasureCliTest.Run r = run("measure", "--adaptive", "--budget-rows", "12", "--batch", "6", "--plan", plan.toString(),
                "--device", "simulated:cpu", "--out", out.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("auto from scratch (no --base)"), r.out());
        assertTrue(r.out().contains("auto → "), r.out());
        assertEquals(12, DatasetCsvReader.read(out, null).dataset().size());
    }

    @Test
    void badInputGetsAClearMessage() {
        String out = dir.resolve("x.csv").toString();
        assertError("--budget-rows must be at least 1, was 0",
                "measure", "--adaptive", "--budget-rows", "0", "--device", "simulated:nano", "--model", "vgg16", "--out", out);
        assertError("file not found: " + dir.resolve("missing.json"), "measure", "--adaptive", "--budget-rows", "10",
                "--base", dir.resolve("missing.json").toString(), "--device", "simulated:nano", "--model", "vgg16", "--out", out);
        assertError("--adaptive needs --budget-rows N", "measure", "--adaptive", "--device", "simulated:nano",
                "--model", "vgg16", "--out", out);
        assertError("--budget-rows only applies with --adaptive", "measure", "--budget-rows", "10",
                "--device", "simulated:nano", "--plan", "p.csv", "--out", out);
        assertError("from --plan P.csv or from --model M", "measure", "--adaptive", "--budget-rows", "10",
                "--device", "simulated:nano", "--out", out);
        assertError("--batch must be at least 1", "measure", "--adaptive", "--budget-rows", "10", "--batch", "0",
                "--device", "simulated:nano", "--model", "vgg16", "--out", out);
        assertError("measure needs --plan", "measure", "--device", "simulated:nano", "--out", out);
        assertError("bad-rows.csv:3:3 (output_channel)", "measure", "--adaptive", "--budget-rows", "10",
                "--base", "sample-data/broken/bad-rows.csv", "--device", "simulated:nano", "--model", "vgg16", "--out", out);
        assertFalse(Files.exists(Path.of(out)), "nothing measured on bad input");
    }

    private static void assertError(String expected, String... args) {
        MeasureCliTest.Run r = run(args);
        assertNotEquals(0, r.code(), r.out());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
