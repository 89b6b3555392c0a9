package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.task.Job;
import io.evolp.task.JobMonitor;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.workflow.LearningCurves;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/**
 * "Latest wins" without a window: a runner that holds every job until the test finishes it, so a run
 * can still be going when an input changes — the old run is cancelled, its late value is dropped, and
 * only the newest run's result reaches the model.
 */
class CurveLatestWinsTest {

    /** Jobs submitted, run only when the test says so. */
    private static final class HeldRunner implements TaskRunner {
        final List<Job<?>> jobs = new ArrayList<>();
        final List<CompletableFuture<Object>> futures = new ArrayList<>();
        final List<JobMonitor> monitors = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> TaskHandle<T> submit(String title, Job<T> job) {
            CompletableFuture<Object> f = new CompletableFuture<>();
            JobMonitor m = new JobMonitor();
            jobs.add(job);
            futures.add(f);
            monitors.add(m);
            return new TaskHandle<>(title, m, (CompletableFuture<T>) f, () -> { });
        }

        /** Runs the i-th job now (ignoring that it may have been cancelled, as a job past its last check would). */
        void finish(int i) throws Exception {
            futures.get(i).complete(jobs.get(i).run(io.evolp.task.ProgressMonitor.NONE));
        }
    }

    @Test
    void aChangedInputReplacesTheRunningStudyAndItsLateValueIsDropped() throws Exception {
        LayerDataset vgg = DatasetCsvReader.read(PredictorsControllerTest.VGG, null).dataset();
        DatasetEntry small = new DatasetEntry("vgg-small", null, vgg.filter(r -> r % 4 == 0), List.of(), 0);
        HeldRunner runner = new HeldRunner();
        CurveModel model = new CurveModel();
        CurveController c = new CurveController(runner, new ScriptedDialogs(), model);
        model.target.set(small);
        model.kinds.setAll("flops");
        model.sizes.set("10, all");
        model.seeds.set(1);
        CompletableFuture<LearningCurves.Result> first = c.run();
        assertEquals(1, runner.jobs.size());
        assertNotNull(model.running.get());

        model.kinds.add("lut"); // while it runs: restart with the new inputs
        assertEquals(2, runner.jobs.size());
        assertTrue(runner.monitors.get(0).isCancelled(), "the first study was asked to stop");
        assertTrue(model.status.get().contains("flops, lut"), model.status.get());

        runner.finish(0); // the old study still delivers a value: it must not reach the chart
        assertNull(first.join());
        assertNull(model.result.get());
        assertNotNull(model.running.get(), "the newer study is still running");

        runner.finish(1);
        LearningCurves.Result r = model.result.get();
        assertNotNull(r);
        assertEquals(List.of("flops", "lut"), r.request().kinds());
        assertNull(model.running.get());
        assertFalse(model.stale.get());

        model.seeds.set(2); // after it finished: no rerun, the chart is marked out of date
        assertEquals(2, runner.jobs.size());
        assertTrue(model.stale.get());
    }

    @Test
    void anInvalidChangeWhileRunningStopsTheStudyAndSaysWhy() throws Exception {
        LayerDataset vgg = DatasetCsvReader.read(PredictorsControllerTest.VGG, null).dataset();
        HeldRunner runner = new HeldRunner();
        CurveModel model = new CurveModel();
        CurveController c = new CurveController(runner, new ScriptedDialogs(), model);
        model.target.set(new DatasetEntry("vgg", null, vgg, List.of(), 0));
        model.kinds.setAll("flops");
        c.run();
        model.kinds.clear();
        assertTrue(runner.monitors.get(0).isCancelled());
        assertNull(model.running.get());
        assertEquals("Tick at least one predictor kind.", model.status.get());
        assertEquals(1, runner.jobs.size());
    }
}
