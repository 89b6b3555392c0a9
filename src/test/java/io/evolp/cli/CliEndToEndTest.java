package io.evolp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end, as a user runs it: model → plan → simulate → train → evaluate → predict. */
class CliEndToEndTest {

    @TempDir
    static Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvolpCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String p(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    static void buildDataset() {
        assertEquals(0, run("plan", "--model", "mobilenetv1", "--samples", "600", "--out", p("plan.csv")).code());
        Run sim = run("simulate", "--plan", p("plan.csv"), "--device", "simulated:nano", "--seed", "3",
                "--out", p("nano.csv"));
        assertEquals(0, sim.code(), sim.err());
        assertTrue(sim.out().contains("simulated-nano"), sim.out());
    }

    @Test
    void planWritesRowsWithoutLatency() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("plan.csv"));
        assertTrue(lines.get(0).startsWith("input_size,input_channel,output_channel"), lines.get(0));
        assertFalse(lines.get(0).contains("latency"));
        assertTrue(lines.size() > 300, "plan rows: " + lines.size());
    }

    @Test
    void everyPredictorTrainsEvaluatesAndPredicts() throws Exception {
        for (String kind : List.of("evolp", "lut", "flops", "forest", "gbt", "auto")) {
            Run train = run("train", "--data", p("nano.csv"), "--predictor", kind, "--out", p(kind + ".json"));
            assertEquals(0, train.code(), kind + ": " + train.err());
            if (kind.equals("auto")) {
                assertTrue(train.out().contains("auto chose") && train.out().contains("hybrid/residual"), train.out());
            }

            Run eval = run("evaluate", "--predictor", p(kind + ".json"), "--data", p("nano.csv"), "--json");
            assertEquals(0, eval.code(), eval.err());
            JsonNode m = Json.mapper().readTree(eval.out());
            assertEquals(eval.out().strip(), m.toString(), "exactly one JSON object");
            for (String f : List.of("n", "rmse_ms", "mape", "acc5", "acc10", "spearman", "worst")) {
                assertTrue(m.has(f), kind + " lacks " + f);
            }
            assertTrue(m.get("n").asInt() > 300);
            assertTrue(m.get("mape").asDouble() < 60, kind + " MAPE " + m.get("mape"));

            Run pred = run("predict", "--predictor", p(kind + ".json"), "--model", "mobilenetv1", "--json");
            assertEquals(0, pred.code(), pred.err());
            JsonNode pr = Json.mapper().readTree(pred.out());
            assertEquals(27, pr.get("layers").size());
            double sum = 0;
            for (JsonNode l : pr.get("layers")) sum += l.asDouble();
            assertEquals(sum, pr.get("latency_ms").asDouble(), 1e-9 * sum);
            assertTrue(pr.get("unseen_keys").isArray());
        }
    }

    @Test
    void evolpIsAccurateOnItsOwnDevice() throws Exception {
        run("train", "--data", p("nano.csv"), "--predictor", "evolp", "--out", p("e.json"));
        JsonNode m = Json.mapper().readTree(
                run("evaluate", "--predictor", p("e.json"), "--data", p("nano.csv"), "--json").out());
        assertTrue(m.get("mape").asDouble() < 5, "evolp training-set MAPE " + m.get("mape"));
        // Many depthwise rows differ by less than the 4% noise, which caps the rank correlation.
        assertTrue(m.get("spearman").asDouble() > 0.85, "spearman " + m.get("spearman"));
    }

    @Test
    void predictOnJsonLinesGivesOneObjectPerModelInOrder() throws Exception {
        run("train", "--data", p("nano.csv"), "--predictor", "lut", "--out", p("l.json"));
        Files.writeString(dir.resolve("models.jsonl"),
                "{\"arch\":\"mobilenetv1\"}\n\n{\"arch\":\"vgg16\",\"latency_ms\":12.5}\n");
        Run r = run("predict", "--predictor", p("l.json"), "--model", p("models.jsonl"), "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(27, Json.mapper().readTree(lines[0]).get("layers").size());
        JsonNode vgg = Json.mapper().readTree(lines[1]);
        assertEquals(13, vgg.get("layers").size());
        assertTrue(vgg.get("unseen_keys").size() > 0, "VGG16 keys are not in MobileNet data: " + vgg);
    }

    @Test
    void validateComparesKindsOnOneSplit() throws Exception {
        Run r = run("validate", "--data", p("nano.csv"), "--predictor", "evolp,flops", "--holdout", "0.25", "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode evolp = Json.mapper().readTree(lines[0]);
        JsonNode flops = Json.mapper().readTree(lines[1]);
        assertEquals(evolp.get("n").asInt(), flops.get("n").asInt(), "same test rows");
        assertTrue(evolp.get("mape").asDouble() < flops.get("mape").asDouble(),
                "per-key MLP beats the MACs proxy: " + evolp + " vs " + flops);
        Run auto = run("validate", "--data", p("nano.csv"), "--predictor", "auto", "--holdout", "0.25");
        assertEquals(0, auto.code(), auto.err());
        assertTrue(auto.out().contains("auto, trained on each training split only") && auto.out().contains("MAPE %"), auto.out());
        Run autoJson = run("validate", "--data", p("nano.csv"), "--predictor", "auto", "--holdout", "0.25", "--json");
        assertEquals(1, Json.mapper().readTree(autoJson.out()).get("auto_choices").size());
        Run cv = run("validate", "--data", p("nano.csv"), "--predictor", "lut", "--folds", "3");
        assertEquals(0, cv.code(), cv.err());
        assertTrue(cv.out().contains("3-fold"), cv.out());
    }

    @Test
    void badCsvFailsWithOneLineNamingLineAndColumn() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("nano.csv"));
        String[] header = lines.get(0).split(",");
        int col = List.of(header).indexOf("output_channel") + 1;
        String[] row = lines.get(3).split(",");
        row[col - 1] = "-4";
        lines.set(3, String.join(",", row));
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines);
        Run r = run("train", "--data", bad.toString(), "--predictor", "evolp", "--out", p("x.json"));
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.csv:4:" + col), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("x.json")));

        Run skip = run("train", "--data", bad.toString(), "--predictor", "flops", "--skip-bad-rows", "--out", p("x.json"));
        assertEquals(0, skip.code(), skip.err());
        assertTrue(skip.err().contains("skipped 1 bad rows"), skip.err());
    }

    @Test
    void brokenFilesAndUsageErrorsAreOneLineMessages() throws Exception {
        Files.writeString(dir.resolve("trunc.json"), "{\"format\":1,\"kind\":\"evolp\",\"device\":\"x\",\"nets\":[");
        Run trunc = run("predict", "--predictor", p("trunc.json"), "--model", "vgg16");
        assertEquals(1, trunc.code());
        assertTrue(trunc.err().contains("trunc.json:1:"), trunc.err());
        assertEquals(1, trunc.err().strip().lines().count(), trunc.err());

        Run missing = run("evaluate", "--predictor", p("nope.json"), "--data", p("nano.csv"));
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("file not found") && missing.err().contains("nope.json"), missing.err());

        Run kind = run("train", "--data", p("nano.csv"), "--predictor", "magic", "--out", p("m.json"));
        assertEquals(1, kind.code());
        assertTrue(kind.err().contains("magic") && kind.err().contains("evolp"), kind.err());

        Run usage = run("train", "--data", p("nano.csv"));
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("--predictor"), usage.err());

        Run verbose = run("predict", "--predictor", p("trunc.json"), "--model", "vgg16", "--verbose");
        assertTrue(verbose.err().contains("at io.evolp"), "stack trace with --verbose");
    }

    @Test
    void modelCommandListsAndWritesArchitectures() throws Exception {
        Run list = run("model");
        assertEquals(0, list.code());
        for (String a : List.of("vgg16", "resnet50", "mobilenetv1", "inceptionv3")) assertTrue(list.out().contains(a));
        Run half = run("model", "--arch", "vgg16", "--width-multiplier", "0.5", "--out", p("vgg-half.json"));
        assertEquals(0, half.code(), half.err());
        JsonNode m = Json.mapper().readTree(dir.resolve("vgg-half.json").toFile());
        assertEquals(32, m.get("widths").get(0).asInt());
    }

    @Test
    void benchReportsTheFiguresAsOneJsonObject() throws Exception {
        Run r = run("bench", "--json", "--rows", "20000", "--repeats", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode b = Json.mapper().readTree(r.out());
        assertEquals(20000, b.get("load_rows").asInt());
        assertTrue(b.get("load_ms").asDouble() > 0);
        assertTrue(b.get("train_3000_rows_ms").asDouble() > 0);
        assertTrue(b.get("predictions_per_s").asDouble() > 1000);
        assertTrue(b.get("train_auto_3000_rows_ms").asDouble() > 0);
        assertTrue(b.get("train_auto_3000_rows_cpu_ms").asDouble() > 0);
        assertTrue(b.get("gbt_random_vgg16_predictions_per_s").asDouble() > 1000);
        assertFalse(b.has("load_1m_rows_ms"), "only reported for a real 1M-row load");
        assertNotEquals(0, b.get("train_rows").asInt());
    }
}
