package io.evolp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.io.DatasetLoadResult;
import io.evolp.io.Json;
import io.evolp.io.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code evolp measure} and {@code measure-model}, on the real local device (kept tiny) and a simulated one. */
class MeasureCliTest {

    @TempDir
    Path dir;

    /** Few runs of small layers: a real measurement, but seconds, not minutes. */
    private static final String[] QUICK = {"--repeats", "3", "--warmup", "1", "--module-repeats", "2", "--rounds", "1"};

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvolpCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String[] args(String[] a, String... more) {
        String[] all = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, all, a.length, more.length);
        return all;
    }

    @Test
    void measureOnTheLocalDeviceWritesRowsAndFactsAndResumes() throws Exception {
        Path plan = dir.resolve("plan.csv");
        List<LayerConfig> rows = List.of(LayerConfig.of(14, 8, 16, 3, 1, 1, 1), LayerConfig.of(14, 16, 16, 3, 1, 1, 16),
                LayerConfig.of(7, 16, 8, 1, 1, 0, 1));
        DatasetCsvWriter.writePlan(rows, plan);
        Path out = dir.resolve("local.csv");
        Run r = run(args(new String[]{"measure", "--plan", plan.toString(), "--device", "local", "--out", out.toString()}, QUICK));
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("measured now   3"), r.out());
        assertTrue(r.out().contains("ort_version       1.28.0"), r.out());

        DatasetLoadResult loaded = DatasetCsvReader.read(out, null);
        assertFalse(loaded.hasProblems(), loaded.problems().toString());
        LayerDataset ds = loaded.dataset();
        assertEquals(3, ds.size());
        assertEquals("local", ds.device());
        for (int i = 0; i < 3; i++) {
            assertTrue(ds.latency(i) > 0 && ds.latency(i) < 1000, "plausible latency " + ds.latency(i));
            assertEquals("3", ds.extra(i, 4), "3 runs × 1 round");
        }
        List<JsonNode> raw = Files.readAllLines(Path.of(out + ".raw.jsonl")).stream().map(MeasureCliTest::json).toList();
        List<JsonNode> rowLines = raw.stream().filter(n -> n.get("type").asText().equals("row")).toList();
        assertEquals(3, rowLines.size());
        for (JsonNode n : rowLines) {
            assertEquals("1.28.0", n.get("facts").get("ort_version").asText());
            assertEquals("1", n.get("facts").get("intra_op_threads").asText());
            assertEquals("ALL", n.get("facts").get("opt_level").asText());
            assertFalse(n.get("simulated").asBoolean());
        }

        Run again = run(args(new String[]{"measure", "--plan", plan.toString(), "--device", "local", "--out", out.toString()}, QUICK));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("measured now   0") && again.out().contains("resumed        3"), again.out());
        assertTrue(again.out().contains("ort_version       1.28.0"), "facts of the earlier run: " + again.out());
        assertEquals(3, DatasetCsvReader.read(out, null).dataset().size());
    }

    @Test
    void measureModelOnTheLocalDevicePrintsJson() throws Exception {
        Path model = dir.resolve("tiny.json");
        Files.writeString(model, "{\"name\":\"tiny\",\"convs\":["
                + "{\"input_size\":16,\"cin\":3,\"cout\":8,\"k\":3,\"s\":1,\"p\":1,\"groups\":1,\"bias\":false},"
                + "{\"input_size\":16,\"cin\":8,\"cout\":8,\"k\":3,\"s\":2,\"p\":1,\"groups\":8,\"bias\":false},"
                + "{\"input_size\":8,\"cin\":8,\"cout\":16,\"k\":1,\"s\":1,\"p\":0,\"groups\":1,\"bias\":false}]}");
        Path measured = dir.resolve("measured.jsonl");
        Run r = run(args(new String[]{"measure-model", "--model", model.toString(), "--device", "local", "--json",
                "--out", measured.toString()}, QUICK));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        JsonNode o = json(lines.get(0));
        assertEquals("tiny", o.get("name").asText());
        assertTrue(o.get("latency_ms").asDouble() > 0);
        assertTrue(o.get("spread_ms").asDouble() >= 0);
        assertEquals(3, o.get("count").asInt());
        assertEquals("local", o.get("source").asText());
        assertFalse(o.get("simulated").asBoolean());
        assertEquals("1.28.0", o.get("facts").get("ort_version").asText());
        List<ModelSpec> back = ModelJson.read(measured);
        assertEquals(o.get("latency_ms").asDouble(), back.get(0).latencyMs(), 0);
    }

    @Test
    void measureOnASimulatedDeviceAndMeasureModelOut() throws Exception {
        Path plan = dir.resolve("plan.csv");
        assertEquals(0, run("plan", "--model", "mobilenetv1", "--samples", "60", "--out", plan.toString()).code());
        Path out = dir.resolve("sim.csv");
        Run r = run("measure", "--plan", plan.toString(), "--device", "simulated:nano", "--out", out.toString(),
                "--device-name", "nano-sim", "--in-order");
        assertEquals(0, r.code(), r.err());
        List<LayerConfig> planned = DatasetCsvReader.readPlan(plan);
        LayerDataset ds = DatasetCsvReader.read(out, null).dataset();
        assertEquals(planned.size(), ds.size());
        assertEquals("nano-sim", ds.device());
        assertEquals(planned.get(0), ds.config(0), "--in-order keeps the plan's order");

        Path models = dir.resolve("random.jsonl");
        assertEquals(0, run("model", "--arch", "mobilenetv1", "--random", "3", "--out", models.toString()).code());
        Path measured = dir.resolve("measured.jsonl");
        Run m = run("measure-model", "--model", models.toString(), "--device", "simulated:nano", "--out", measured.toString());
        assertEquals(0, m.code(), m.err());
        List<ModelSpec> back = ModelJson.read(measured);
        assertEquals(3, back.size());
        assertTrue(back.stream().allMatch(x -> x.latencyMs() != null && x.latencyMs() > 0));
        assertTrue(m.out().contains("Wrote 3 measured model(s)"), m.out());
    }

    @Test
    void badDeviceAndOptionsAreExplained() throws Exception {
        Path plan = dir.resolve("plan.csv");
        DatasetCsvWriter.writePlan(List.of(LayerConfig.of(8, 4, 4, 3, 1, 1, 1)), plan);
        Run r = run("measure", "--plan", plan.toString(), "--device", "gpu:0", "--out", dir.resolve("x.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("local") && r.err().contains("simulated:tx2"), r.err());
        r = run("measure", "--plan", plan.toString(), "--device", "local", "--opt-level", "max", "--out", dir.resolve("x.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--opt-level"), r.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    private static JsonNode json(String s) {
        try {
            return Json.mapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
