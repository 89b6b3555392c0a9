package io.evolp.workflow.adaptive;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.source.MeasurementSources;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CvScoreTest {

    private static LayerDataset measured(String spec, int n) throws Exception {
        List<LayerConfig> pool = CandidatePool.of(List.of(Zoo.model("vgg16", null)), n, 1);
        LayerDataset.Builder b = LayerDataset.builder(spec);
        try (MeasurementSource s = MeasurementSources.parse(spec, 2)) {
            for (LayerConfig c : pool.subList(0, n)) b.add(c, s.measureLayer(c, ProgressMonitor.NONE).get().medianMs());
        }
        return b.build();
    }

    @Test
    void fewRowsAreScoredByCrossValidatingTheWholeProcedureAndOneRowNotAtAll() throws Exception {
        LayerDataset rows = measured("simulated:tx2", 8);
        CvScore score = new CvScore(null, 1);
        CvScore.Scored s = score.train(rows, ProgressMonitor.NONE);
        assertEquals("auto → gbt", s.label()); // below 20 rows auto takes gbt without a CV table
        assertTrue(s.mape() > 0 && Double.isFinite(s.mape()));
        assertTrue(s.acc10() >= 0 && s.acc10() <= 100);
        CvScore.Scored one = score.train(rows.subset(new int[]{0}), ProgressMonitor.NONE);
        assertTrue(Double.isNaN(one.mape()), "one row cannot be cross-validated");
    }

    @Test
    void aTransferIsScoredByItsChosenCandidatesOutOfFoldRow() throws Exception {
        TransferBase cpu = TransferBase.fromDataset(measured("simulated:cpu", 60), "cpu.csv", 1, ProgressMonitor.NONE);
        assertTrue(cpu.name().startsWith("cpu.csv (60 rows of 'simulated:cpu', gbt)"), cpu.name());
        CvScore.Scored s = new CvScore(cpu, 1).train(measured("simulated:tx2", 12), ProgressMonitor.NONE);
        var t = (io.evolp.predict.transfer.TransferPredictor) s.predictor();
        var row = t.crossValidation().stream().filter(r -> r.candidate().equals(t.method())).findFirst().orElseThrow();
        assertEquals(row.mape(), s.mape());
        assertEquals(row.acc10(), s.acc10());
        assertEquals("transfer → " + t.method(), s.label());
    }

    @Test
    void anEmptySourceDatasetIsRefusedByName() {
        assertEquals("empty.csv has no rows to learn the source device from", assertThrows(IllegalArgumentException.class,
                () -> TransferBase.fromDataset(LayerDataset.builder("x").build(), "empty.csv", 1, ProgressMonitor.NONE))
                .getMessage());
    }
}
