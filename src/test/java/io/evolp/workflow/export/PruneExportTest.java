package io.evolp.workflow.export;

import io.evolp.core.zoo.Zoo;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.io.onnx.OnnxImport;
import io.evolp.io.onnx.PruneResult;
import io.evolp.io.onnx.PrunedLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PruneExportTest {

    @TempDir
    Path dir;

    @Test
    void prunesAFileToWidthsAndAPlanThatDisagreesIsNamedByLayer() throws Exception {
        int[] w = Arrays.stream(Zoo.get("mobilenetv1").fullWidths()).map(x -> Math.max(1, x / 8)).toArray();
        Path onnx = dir.resolve("m.onnx");
        Files.write(onnx, OnnxExport.model(Zoo.model("mobilenetv1", w)));
        List<Integer> widths = OnnxImport.read(onnx).model().convs().stream().map(c -> Math.max(1, c.cout() / 2)).toList();
        PruneResult r = PruneExport.prune(onnx, widths, dir.resolve("p.onnx"));
        assertEquals(r.widths(), OnnxImport.read(dir.resolve("p.onnx")).model().convs().stream().map(c -> c.cout()).toList());

        PruningPlan agrees = PruningPlanJsonTest.plan();
        agrees = new PruningPlan(agrees.model(), null, null, "local", "", 1, 0.97, 1, 1, null, null, "CONVERGED", "", List.of(),
                r.layers(), List.of());
        assertNull(PruneExport.mismatch(agrees, r));
        List<PrunedLayer> other = new ArrayList<>(r.layers());
        PrunedLayer l = other.get(2);
        List<Integer> kept = new ArrayList<>(l.kept());
        kept.set(0, kept.get(0) == 0 ? 1 : 0);
        kept.sort(null);
        other.set(2, new PrunedLayer(l.index(), l.node(), l.channels(), l.requested(), l.width(), kept, l.tiedWith(), l.note()));
        PruningPlan differs = new PruningPlan("m", null, null, "local", "", 1, 0.97, 1, 1, null, null, "CONVERGED", "",
                List.of(), other, List.of());
        String why = PruneExport.mismatch(differs, r);
        assertTrue(why != null && why.startsWith("layer 2"), why);
    }

    @Test
    void aPrunedOnnxNeedsAnOnnxSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PruneExport.export(null, null, null, null, null, dir.resolve("x.onnx")));
        assertTrue(e.getMessage().contains("imported from an .onnx file"), e.getMessage());
    }
}
