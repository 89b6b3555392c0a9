package io.evolp.ui.predictors;

import io.evolp.io.DatasetCsvReader;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.workflow.TrainEvaluate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-key chart's categories: numeric key order, each with its test-row count. */
class ChartsModelTest {

    @Test
    void keysAreInNumericOrderAndCarryTheirN() throws Exception {
        var data = DatasetCsvReader.read(PredictorsControllerTest.VGG, null).dataset();
        var t = TrainEvaluate.run(TrainEvaluate.Request.holdout(data, List.of("lut"), 0.2, 1), ProgressMonitor.NONE).get(0);
        PredictorEntry e = new PredictorEntry("lut", t.predictor(), "vgg", 0.2, 1, t.report());
        ChartsModel m = ChartsModel.build(List.of(e), 1_000_000);
        List<Integer> sizes = new ArrayList<>();
        for (String label : m.keyLabels) sizes.add(Integer.parseInt(label.substring(0, label.indexOf('/'))));
        List<Integer> sorted = new ArrayList<>(sizes);
        sorted.sort(null);
        assertEquals(sorted, sizes, "input sizes ascending as numbers: " + m.keyLabels);
        assertTrue(sizes.contains(14) && sizes.contains(112), "the text order would put 112 before 14: " + sizes);
        int total = 0;
        for (String label : m.keyLabels) {
            assertTrue(label.matches(".*  n=\\d+"), label);
            total += Integer.parseInt(label.substring(label.lastIndexOf('=') + 1));
        }
        assertEquals(t.report().overall().n(), total, "the per-key counts add up to the test rows");
        assertEquals(m.keyLabels.size(), m.bars.get(0).mapeByKey().size(), "bars keyed by the shown labels");
    }
}
