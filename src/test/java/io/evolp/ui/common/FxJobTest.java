package io.evolp.ui.common;

import io.evolp.task.CancelledException;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A core job as a JavaFX task: progress mapping, cancellation reaching the monitor, the stopped signal. */
@ExtendWith(ApplicationExtension.class)
class FxJobTest {

    /** Runs the job on its own thread and waits until it succeeded; properties are read on the FX thread. */
    private static <T> FxJob<T> ran(FxJob<T> job) throws Exception {
        Thread t = new Thread(job);
        t.setDaemon(true);
        t.start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(job::getState).get() == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
        return job;
    }

    @Test
    void progressAndMessageReachTheTaskProperties() throws Exception {
        FxJob<String> job = ran(new FxJob<>("Count", m -> {
            m.progress(3, 10, "three");
            return "ok";
        }));
        assertEquals("Count", WaitForAsyncUtils.asyncFx(job::getTitle).get());
        assertEquals(0.3, WaitForAsyncUtils.asyncFx(job::getProgress).get(), 1e-9);
        assertEquals("three", WaitForAsyncUtils.asyncFx(job::getMessage).get());
        assertTrue(job.stopped().isDone());
    }

    @Test
    void unknownTotalsShowAsIndeterminate() throws Exception {
        FxJob<String> job = ran(new FxJob<>("Spin", m -> {
            m.progress(5, 0, null);
            return "ok";
        }));
        assertEquals(-1, WaitForAsyncUtils.asyncFx(job::getProgress).get());
    }

    @Test
    void cancelBeforeItRunsRaisesTheMonitorAndCountsAsStopped() {
        FxJob<Integer> job = new FxJob<>("Never", m -> {
            m.checkCancelled();
            return 1;
        });
        job.cancel();
        assertTrue(job.stopped().isDone(), "queued and cancelled: nothing left to wait for");
        assertThrows(CancelledException.class, () -> job.call(), "the job's first check sees the cancel");
    }
}
