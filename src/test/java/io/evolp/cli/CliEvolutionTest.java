package io.evolp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.evolp.cli.CliEndToEndTest.Run;

import static io.evolp.cli.CliEndToEndTest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** evolve → predict with an evolved predictor → compress, from the command line. */
class CliEvolutionTest {

    @TempDir
    static Path dir;

    static String p(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    static void trainAndMeasure() {
        assertEquals(0, run("plan", "--model", "vgg16", "--samples", "800", "--out", p("plan.csv")).code());
        assertEquals(0, run("simulate", "--plan", p("plan.csv"), "--device", "simulated:tx2", "--out", p("tx2.csv")).code());
        assertEquals(0, run("train", "--data", p("tx2.csv"), "--predictor", "evolp", "--out", p("p.json")).code());
        assertEquals(0, run("model", "--arch", "vgg16", "--random", "12", "--out", p("random.jsonl")).code());
        Run sim = run("simulate", "--models", p("random.jsonl"), "--device", "simulated:tx2", "--out", p("measured-simulated.jsonl"));
        assertEquals(0, sim.code(), sim.err());
    }

    @Test
    void evolvedPredictionCarriesRawSumBandAndCorrectedLatency() throws Exception {
        Run evolve = run("evolve", "--predictor", p("p.json"), "--measured", p("measured-simulated.jsonl"),
                "--correction", "robust", "--out", p("p2.json"));
        assertEquals(0, evolve.code(), evolve.err());
        assertTrue(evolve.out().contains("12 measurements"), evolve.out());

        JsonNode plain = Json.mapper().readTree(run("predict", "--predictor", p("p.json"), "--model", "vgg16", "--json").out());
        assertFalse(plain.has("raw_ms"));
        JsonNode evolved = Json.mapper().readTree(run("predict", "--predictor", p("p2.json"), "--model", "vgg16", "--json").out());
        assertEquals(plain.get("latency_ms").asDouble(), evolved.get("raw_ms").asDouble(), 0.0);
        double corrected = evolved.get("latency_ms").asDouble();
        JsonNode band = evolved.get("band_ms");
        assertTrue(band.get(0).asDouble() < corrected && corrected < band.get(1).asDouble(), evolved.toString());
        // the simulated TX2's whole model is 1.15× the layer sum plus overhead: the correction must move up
        assertTrue(corrected > 1.05 * evolved.get("raw_ms").asDouble(), evolved.toString());
    }

    @Test
    void compressLandsAMeasuredLatencyInTheWindow() throws Exception {
        JsonNode full = Json.mapper().readTree(run("predict", "--predictor", p("p.json"), "--model", "vgg16", "--json").out());
        double budget = 0.5 * full.get("latency_ms").asDouble();
        Run r = run("compress", "--predictor", p("p.json"), "--model", "vgg16", "--budget", String.valueOf(budget),
                "--device", "simulated:tx2", "--demo-importance", "2", "--max-measurements", "20", "--json",
                "--session-out", p("session.json"));
        assertEquals(0, r.code(), r.err());
        JsonNode o = Json.mapper().readTree(r.out());
        for (String f : List.of("widths", "predicted_ms", "measured_ms", "within_window", "measurements", "steps")) {
            assertTrue(o.has(f), "missing " + f + " in " + o);
        }
        assertTrue(o.get("within_window").asBoolean(), o.toString());
        assertEquals("CONVERGED", o.get("state").asText());
        assertEquals("confirm", o.get("steps").get(o.get("steps").size() - 1).get("kind").asText(), "converged after a confirmation");
        double measured = o.get("measured_ms").asDouble();
        assertTrue(measured >= 0.97 * budget && measured <= budget, measured + " vs budget " + budget);
        assertEquals(13, o.get("widths").size());
        assertTrue(o.get("measurements").asInt() <= 20);
        JsonNode session = Json.mapper().readTree(dir.resolve("session.json").toFile());
        assertEquals(o.get("steps").size(), session.get("steps").size());
        assertEquals("evolving", session.get("predictor").get("kind").asText());
    }

    @Test
    void exitCodesSayHowTheSessionEnded() {
        // A budget far under the most pruned model: unreachable (4), after one measurement.
        Run unreachable = run("compress", "--predictor", p("p.json"), "--model", "vgg16", "--budget", "0.01",
                "--device", "simulated:tx2", "--demo-importance", "2");
        assertEquals(4, unreachable.code(), unreachable.out() + unreachable.err());
        assertTrue(unreachable.out().contains("Budget unreachable"), unreachable.out());
        // One measurement allowed, which cannot be confirmed: not converged (3).
        JsonNode full = readJson(run("predict", "--predictor", p("p.json"), "--model", "vgg16", "--json").out());
        Run spent = run("compress", "--predictor", p("p.json"), "--model", "vgg16", "--budget",
                String.valueOf(0.5 * full.get("latency_ms").asDouble()), "--device", "simulated:tx2", "--max-measurements", "1");
        assertEquals(3, spent.code(), spent.out() + spent.err());
        assertTrue(spent.out().startsWith("Not converged"), spent.out());
        assertTrue(run("compress", "--help").out().contains("Exit codes"));
    }

    private static JsonNode readJson(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }

    @Test
    void badImportanceAndUnrecordedReplayAreOneLineErrors() throws Exception {
        Files.writeString(dir.resolve("g.json"), "{\"arch\":\"vgg16\",\"gammas\":{\"conv1_1\":[1,2,3]}}");
        Run bad = run("compress", "--predictor", p("p.json"), "--model", "vgg16", "--budget", "50",
                "--device", "simulated:tx2", "--importance", p("g.json"));
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("conv1_1"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());

        Run replay = run("compress", "--predictor", p("p.json"), "--model", "vgg16", "--budget", "50",
                "--device", "replay:" + p("measured-simulated.jsonl"), "--json");
        assertEquals(1, replay.code(), replay.out());
        assertTrue(replay.err().contains("measured-simulated.jsonl"), replay.err());
    }
}
