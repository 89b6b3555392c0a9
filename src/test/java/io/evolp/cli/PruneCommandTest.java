package io.evolp.cli;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.evolp.core.zoo.Architecture;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.io.onnx.OnnxImport;
import io.evolp.workflow.export.PruningPlan;
import io.evolp.workflow.export.PruningPlanJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.evolp.cli.CliEndToEndTest.Run;

import static io.evolp.cli.CliEndToEndTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** compress an imported ONNX with --export-plan/--export-onnx, then evolp prune with that plan. */
class PruneCommandTest {

    @TempDir
    static Path dir;

    static String p(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    static void modelAndPredictor() throws Exception {
        Architecture a = Zoo.get("mobilenetv1");
        int[] w = Arrays.stream(a.fullWidths()).map(x -> Math.max(1, x / 4)).toArray();
        Files.write(dir.resolve("m.onnx"), OnnxExport.model(Zoo.model("mobilenetv1", w)));
        Run t = run("train", "--data", "sample-data/mobilenetv1-simulated-nano.csv", "--predictor", "evolp", "--out", p("p.json"));
        assertEquals(0, t.code(), t.err());
    }

    @Test
    void compressExportsAPlanAndAPrunedOnnxThatRunsAndPruneReproducesIt() throws Exception {
        Run c = run("compress", "--predictor", p("p.json"), "--model", p("m.onnx"), "--budget", "2", "--device",
                "simulated:nano", "--max-measurements", "6", "--export-plan", p("plan.json"), "--export-onnx", p("pruned.onnx"));
        assertTrue(c.code() == 0 || c.code() == 3 || c.code() == 4, c.err());
        PruningPlan plan = PruningPlanJson.read(dir.resolve("plan.json"));
        assertEquals(2.0, plan.budgetMs());
        assertFalse(plan.measurements().isEmpty());
        assertEquals(27, plan.layers().size());
        assertTrue(plan.layers().stream().allMatch(l -> l.kept().size() == l.width()));
        assertTrue(plan.layers().stream().anyMatch(l -> l.width() < l.channels()), "something was pruned");
        List<Integer> reimported = OnnxImport.read(dir.resolve("pruned.onnx")).model().convs().stream()
                .map(io.evolp.core.LayerConfig::cout).toList();
        assertEquals(plan.layers().stream().map(l -> l.width()).toList(), reimported);
        assertEquals(List.of(1L, 100L), outputShape(dir.resolve("pruned.onnx")));

        Run again = run("prune", "--model", p("m.onnx"), "--plan", p("plan.json"), "--out", p("again.onnx"));
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("pruned.onnx")), Files.readAllBytes(dir.resolve("again.onnx")));
    }

    @Test
    void badInputIsOneLineNamingTheFile() throws Exception {
        Run count = run("prune", "--model", p("m.onnx"), "--widths", "1,2", "--out", p("x.onnx"));
        assertEquals(1, count.code());
        assertTrue(count.err().contains("m.onnx") && count.err().contains("2 convs but the model has 27"), count.err());
        byte[] bytes = Files.readAllBytes(dir.resolve("m.onnx"));
        Files.write(dir.resolve("cut.onnx"), Arrays.copyOf(bytes, bytes.length / 3));
        Run cut = run("prune", "--model", p("cut.onnx"), "--widths", "1", "--out", p("y.onnx"));
        assertEquals(1, cut.code());
        assertTrue(cut.err().contains("cut.onnx") && cut.err().contains("truncated") && !cut.err().contains("\tat "), cut.err());
        assertFalse(Files.exists(dir.resolve("y.onnx")));
        Run json = run("compress", "--predictor", p("p.json"), "--model", "mobilenetv1", "--budget", "2", "--device",
                "simulated:nano", "--export-onnx", p("z.onnx"));
        assertEquals(1, json.code());
        assertTrue(json.err().contains("--export-onnx needs an .onnx --model"), json.err());
    }

    @Test
    void helpRendersForTheNewCommands() {
        for (String c : List.of("prune", "measure-onnx")) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: evolp " + c) && !r.err().contains("WARN"), r.out() + r.err());
        }
    }

    private static List<Long> outputShape(Path model) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(model.toString(), new OrtSession.SessionOptions())) {
            NodeInfo out = s.getOutputInfo().values().iterator().next();
            return Arrays.stream(((TensorInfo) out.getInfo()).getShape()).boxed().toList();
        }
    }
}
