package io.evolp.workflow.export;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.io.onnx.OnnxImport;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.local.LocalMeasurement;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.RuntimeFacts;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrunedOnnxSourceTest {

    @Test
    void workerNumbersBecomeARealMeasurementWithTheirSpreadAndFacts() {
        RuntimeFacts f = new RuntimeFacts("1.28.0", "ALL", 1, 1, "cpu", "jvm", "os");
        Measurement m = PrunedOnnxSource.measured(new LocalMeasurement(2.0, 1.8, 2.3, 1.5, 3.5, 30,
                new double[]{2.0, 2.1, 1.9}, 40, 1, f));
        assertEquals(2.0, m.medianMs());
        assertEquals(2.0, m.spreadMs(), 1e-12);
        assertEquals(30, m.count());
        assertEquals("local", m.source());
        assertFalse(m.simulated());
        assertTrue(m.note().contains("pruned ONNX"), m.note());
        assertEquals(List.of(2.0, 2.1, 1.9), m.details().roundMediansMs());
    }

    @Test
    void layersAreRefusedWithAReason() {
        try (PrunedOnnxSource s = new PrunedOnnxSource(new byte[]{1}, "x.onnx", LocalSettings.defaults())) {
            CompletionException e = assertThrows(CompletionException.class, () -> s.measureLayer(
                    new LayerConfig(8, 4, 8, 3, 3, 1, 1, 1, 1, false, 1), ProgressMonitor.NONE).join());
            assertTrue(e.getCause() instanceof MeasurementException && e.getCause().getMessage().contains("whole models"));
        }
    }

    @Test
    void aCandidateIsMeasuredAsTheImportedGraphPrunedToItsWidths() {
        int[] w = Arrays.stream(Zoo.get("mobilenetv1").fullWidths()).map(x -> Math.max(1, x / 8)).toArray();
        byte[] onnx = OnnxExport.model(Zoo.model("mobilenetv1", w));
        ModelSpec base = OnnxImport.read(onnx, "tiny.onnx", "tiny").model();
        List<LayerConfig> half = new ArrayList<>();
        for (LayerConfig c : base.convs()) half.add(c.withChannels(c.cin(), Math.max(1, c.cout() / 2)));
        ModelSpec candidate = new ModelSpec("tiny", null, null, half, null, null);
        LocalSettings quick = new LocalSettings(1, LocalSettings.OptLevel.ALL, 1, 3, 1, 1, 1);
        try (PrunedOnnxSource s = new PrunedOnnxSource(onnx, "tiny.onnx", quick)) {
            Measurement m = s.measureModel(candidate, ProgressMonitor.NONE).join();
            assertTrue(m.medianMs() > 0 && m.count() == 3 && !m.simulated(), m.toString());
            // widths the graph cannot take are a measurement failure naming the file, not a crash
            ModelSpec wrong = new ModelSpec("tiny", null, null, half.subList(0, 3), null, null);
            CompletionException e = assertThrows(CompletionException.class, () -> s.measureModel(wrong, ProgressMonitor.NONE).join());
            assertTrue(e.getCause().getMessage().contains("tiny.onnx"), e.getCause().getMessage());
        }
    }
}
