package io.evolp.analysis;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.eval.Metrics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PredictionRowsTest {

    @Test
    void looksTheReportsRowsUpInTheDataset() {
        LayerDataset data = LayerDataset.builder("nano")
                .add(new LayerConfig(7, 4, 8, 1, 1, 1, 1, 0, 0, false, 1), 1.0)
                .add(new LayerConfig(14, 6, 8, 3, 3, 1, 1, 1, 1, false, 1), 2.0)
                .add(new LayerConfig(14, 12, 8, 3, 3, 1, 1, 1, 1, false, 1), 3.0).build();
        double[] p = {2.2, 2.7}, m = {2.0, 3.0};
        EvaluationReport r = new EvaluationReport("gbt", "nano", Metrics.of(p, m), Map.of(), p, m, new int[]{1, 2});
        List<PredictionRow> rows = PredictionRows.of(r, data, "vgg16");
        assertEquals(2, rows.size());
        assertEquals(new PredictionRow("gbt", "nano", "vgg16", data.key(1), 6, 2.2, 2.0), rows.get(0));
        assertEquals(12, rows.get(1).cin());
        assertEquals(3.0, rows.get(1).measuredMs());
    }
}
