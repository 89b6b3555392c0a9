package io.evolp.workflow;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.ChannelImportance;
import io.evolp.compress.CompressionSession;
import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompressionPlanningTest {

    /** 1e-8 ms per MAC plus 0.01 ms per layer. */
    private static final LatencyPredictor MACS = new LatencyPredictor() {
        @Override public String kind() { return "macs-test"; }
        @Override public String device() { return "test"; }
        @Override public double predictLayer(LayerConfig layer) { return 1e-8 * layer.macs() + 0.01; }
        @Override public boolean covers(ConfigKey key) { return true; }
    };

    private final ModelSpec vgg = Zoo.model("vgg16", null);
    private final EvolvingPredictor fresh = EvolvingPredictor.start(MACS, "robust");
    private final BudgetSearch search = new BudgetSearch(vgg, ChannelImportance.uniform(), BudgetSearch.Options.defaults());

    @Test
    void withoutASessionThePreviewIsWhatAFreshSessionWouldMeasureFirst() {
        double budget = 0.5 * fresh.predictMs(vgg);
        BudgetSearch.Result preview = CompressionPlanning.plan(search, fresh, budget, null);
        try (SimulatedSource tx2 = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults())) {
            CompressionSession s = new CompressionSession(vgg, ChannelImportance.uniform(), fresh, tx2, budget, 4,
                    BudgetSearch.Options.defaults());
            assertEquals(s.candidate().widths(), preview.widths());
            assertEquals(s.plan(budget).widths(), CompressionPlanning.plan(search, fresh, budget, s).widths());
        }
    }

    @Test
    void withALiveSessionThePreviewFollowsItsMeasurements() {
        double budget = 0.5 * fresh.predictMs(vgg);
        try (SimulatedSource tx2 = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults().withSeed(3))) {
            CompressionSession s = new CompressionSession(vgg, ChannelImportance.uniform(), fresh, tx2, budget, 4,
                    BudgetSearch.Options.defaults());
            s.step(ProgressMonitor.NONE);
            BudgetSearch.Result live = CompressionPlanning.plan(search, fresh, budget, s);
            assertEquals(s.plan(budget).widths(), live.widths());
            // The simulated TX2 is not 1e-8 ms per MAC: after a measurement the plan moves.
            assertNotEquals(CompressionPlanning.plan(search, fresh, budget, null).widths(), live.widths());
        }
    }

    @Test
    void aBudgetMustBeAPositiveNumber() {
        assertThrows(IllegalArgumentException.class, () -> CompressionPlanning.plan(search, fresh, 0, null));
        assertThrows(IllegalArgumentException.class, () -> CompressionPlanning.plan(search, fresh, Double.NaN, null));
    }

    @Test
    void thePaperSearchIsTheCoarseOne() {
        assertTrue(CompressionPlanning.searchOptions(true).resolution() > CompressionPlanning.searchOptions(false).resolution());
    }
}
