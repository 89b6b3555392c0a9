package io.evolp.workflow.adaptive;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.DatasetCsvReader;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.CampaignOptions;
import io.evolp.measure.source.MeasurementSources;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/** Adaptive campaigns on a simulated device, transferring from another simulated device. */
class AdaptiveCampaignTest {

    @TempDir
    Path dir;

    static List<LayerConfig> pool;
    static TransferBase cpu;

    @BeforeAll
    static void source() throws Exception {
        pool = CandidatePool.of(List.of(Zoo.model("vgg16", null)), 30, 1);
        LayerDataset.Builder b = LayerDataset.builder("simulated:cpu");
        try (MeasurementSource sim = MeasurementSources.parse("simulated:cpu", 3)) {
            for (LayerConfig c : pool.subList(0, 120)) b.add(c, sim.measureLayer(c, ProgressMonitor.NONE).get().medianMs());
        }
        cpu = TransferBase.fromDataset(b.build(), "cpu.csv", 1, ProgressMonitor.NONE);
    }

    private static CampaignOptions fast() {
        return CampaignOptions.defaults().withForceToDisk(false);
    }

    private AdaptiveResult run(Path csv, int budget, ProgressMonitor pm, List<AdaptiveCampaign.Update> updates) throws Exception {
        try (MeasurementSource tx2 = MeasurementSources.parse("simulated:tx2", 5)) {
            AdaptiveCampaign c = new AdaptiveCampaign(tx2, pool, csv, cpu,
                    new AdaptiveSettings(budget, 10, 5, 1.0, 1), fast()).onBatch(updates::add);
            return c.run(pm);
        }
    }

    @Test
    void measuresBatchByBatchUntilTheBudgetAndWritesTheCurve() throws Exception {
        Path csv = dir.resolve("tx2.csv");
        List<AdaptiveCampaign.Update> updates = new ArrayList<>();
        AdaptiveResult r = run(csv, 30, null, updates);
        assertEquals(AdaptiveResult.Stop.BUDGET, r.stop());
        assertEquals(30, r.measured());
        assertEquals(List.of(10, 20, 30), r.curve().stream().map(CurvePoint::rows).toList());
        assertEquals(3, updates.size());
        assertInstanceOf(TransferPredictor.class, r.predictor());
        CurvePoint last = r.curve().get(2);
        assertTrue(last.cvMape() > 0 && last.cvMape() < 100, "a real CV error: " + last);
        assertTrue(last.spread() >= 0, "the candidates' spread with a source: " + last);
        assertTrue(last.predictor().startsWith("transfer → "));
        LayerDataset ds = DatasetCsvReader.read(csv, null).dataset();
        assertEquals(30, ds.size());
        assertEquals(30, ds.rowsByKey().values().stream().mapToInt(a -> a.length).sum());
        assertEquals(3, CurveFiles.read(csv).size());
        assertTrue(Files.readString(CurveFiles.jsonFor(csv)).contains("\"stopped\" : \"budget\""));
        // The first batch is spread over several configuration keys (ActiveSelector's variance design
        // gains little from a second layer next to one already picked), not spent on one.
        long keys = ds.subset(new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}).rowsByKey().size();
        assertTrue(keys >= Math.min(3, pool.stream().map(LayerConfig::key).distinct().count()), "keys in batch 1: " + keys);
    }

    @Test
    void runningAgainResumesWithoutMeasuringARowTwice() throws Exception {
        Path csv = dir.resolve("tx2.csv");
        run(csv, 20, null, new ArrayList<>());
        AdaptiveResult r = run(csv, 30, null, new ArrayList<>());
        assertEquals(20, r.resumed());
        assertEquals(10, r.measured());
        assertEquals(List.of(10, 20, 30), r.curve().stream().map(CurvePoint::rows).toList());
        LayerDataset ds = DatasetCsvReader.read(csv, null).dataset();
        assertEquals(30, ds.size());
        assertEquals(30, java.util.stream.IntStream.range(0, 30).mapToObj(ds::config).distinct().count());
    }

    @Test
    void cancelKeepsEveryMeasuredRowAndThePredictorOfTheLastBatch() throws Exception {
        Path csv = dir.resolve("tx2.csv");
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return cancel.get(); }
        };
        List<AdaptiveCampaign.Update> updates = new ArrayList<>() {
            @Override public boolean add(AdaptiveCampaign.Update u) {
                cancel.set(true); // Cancel pressed as the first batch's point arrives
                return super.add(u);
            }
        };
        AdaptiveResult r = run(csv, 40, pm, updates);
        assertEquals(AdaptiveResult.Stop.CANCELLED, r.stop());
        assertEquals(10, r.dataset().size());
        assertNotNull(r.predictor());
        assertEquals(10, DatasetCsvReader.read(csv, null).dataset().size());
        assertTrue(r.reason().contains("run again to resume"));
    }

    @Test
    void withoutASourceAutoIsTrainedAndThereIsNoSpread() throws Exception {
        Path csv = dir.resolve("auto.csv");
        try (MeasurementSource tx2 = MeasurementSources.parse("simulated:tx2", 5)) {
            AdaptiveResult r = new AdaptiveCampaign(tx2, pool, csv, null, AdaptiveSettings.of(12, 6), fast()).run(null);
            assertEquals(12, r.dataset().size());
            assertEquals(2, r.curve().size());
            assertTrue(Double.isNaN(r.curve().get(1).spread()));
            assertTrue(r.curve().get(1).predictor().startsWith("auto → "));
            assertFalse(Double.isNaN(r.curve().get(1).cvMape()));
        }
    }

    @Test
    void aSmallPoolRunsOutBeforeTheBudget() throws Exception {
        try (MeasurementSource tx2 = MeasurementSources.parse("simulated:tx2", 5)) {
            AdaptiveResult r = new AdaptiveCampaign(tx2, pool.subList(0, 7), dir.resolve("p.csv"), cpu,
                    AdaptiveSettings.of(50, 5), fast()).run(null);
            assertEquals(AdaptiveResult.Stop.POOL_EXHAUSTED, r.stop());
            assertEquals(7, r.dataset().size());
        }
    }

    @Test
    void aDeviceThatMeasuresNothingStopsAfterOneBatchWithItsMessage() throws Exception {
        io.evolp.measure.MeasurementSource broken = new io.evolp.measure.MeasurementSource() {
            @Override public String id() { return "broken"; }
            @Override public String description() { return "a board whose runtime rejects every layer"; }
            @Override public boolean simulated() { return false; }
            @Override public java.util.concurrent.CompletableFuture<io.evolp.measure.Measurement> measureModel(
                    io.evolp.core.ModelSpec m, ProgressMonitor pm) { return fail(); }
            @Override public java.util.concurrent.CompletableFuture<io.evolp.measure.Measurement> measureLayer(
                    LayerConfig l, ProgressMonitor pm) { return fail(); }
            @Override public void close() { }
            private java.util.concurrent.CompletableFuture<io.evolp.measure.Measurement> fail() {
                return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("unsupported operator"));
            }
        };
        AdaptiveResult r = new AdaptiveCampaign(broken, pool, dir.resolve("b.csv"), null, AdaptiveSettings.of(30, 5), fast())
                .run(null);
        assertEquals(AdaptiveResult.Stop.FAILING, r.stop());
        assertEquals(5, r.failed());
        assertTrue(r.reason().contains("unsupported operator"), r.reason());
        assertNull(r.predictor());
        assertTrue(r.curve().isEmpty());
    }

    @Test
    void badSettingsSayWhichOption() {
        assertEquals("--budget-rows must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> AdaptiveSettings.of(0, 10)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdaptiveSettings.of(10, -1)).getMessage()
                .startsWith("--batch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdaptiveSettings(10, 5, 2, Double.NaN, 1))
                .getMessage().startsWith("--min-gain"));
    }
}
