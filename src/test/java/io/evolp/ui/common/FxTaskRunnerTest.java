package io.evolp.ui.common;

import io.evolp.task.TaskHandle;
import io.evolp.ui.ScriptedDialogs;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GUI runner: FX-thread delivery, one-line errors, quiet cancellation, announcements. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> announced = new CopyOnWriteArrayList<>();
    private FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(dialogs);
        runner.announceWith(new JobAnnouncer() {
            @Override public void finished(String title, double seconds) { announced.add("done " + title); }
            @Override public void failed(String title, String message) { announced.add("failed " + title + ": " + message); }
        }, 0);
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theValueArrivesOnTheFxThreadAndTheJobIsAnnounced() throws Exception {
        AtomicBoolean onFx = new AtomicBoolean();
        TaskHandle<Integer> h = WaitForAsyncUtils.asyncFx(() -> runner.submit("Add", m -> {
            assertFalse(Platform.isFxApplicationThread(), "work runs on a worker");
            return 2 + 3;
        }, v -> onFx.set(Platform.isFxApplicationThread()))).get();
        assertEquals(5, h.result().get(10, TimeUnit.SECONDS));
        waitFor(() -> runner.running().isEmpty());
        assertTrue(onFx.get());
        assertEquals(TaskHandle.State.SUCCEEDED, h.state());
        assertEquals(List.of("done Add"), announced);
    }

    @Test
    void aCheckedFailureBecomesOneLineForTheUser() throws Exception {
        TaskHandle<Object> h = runner.submit("Reading x.csv", m -> { throw new NoSuchFileException("x.csv"); });
        waitFor(() -> h.state() == TaskHandle.State.FAILED);
        assertEquals(List.of("Reading x.csv failed: file not found: x.csv"), dialogs.errors);
        assertEquals(List.of("failed Reading x.csv: file not found: x.csv"), announced);
    }

    @Test
    void quietFailuresAreLeftToTheCaller() throws Exception {
        var f = WaitForAsyncUtils.asyncFx(() -> runner.run("Reading", m -> { throw new IllegalStateException("bad"); }, null, false)).get();
        waitFor(f::isDone);
        assertTrue(f.isCompletedExceptionally());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void cancellingEndsQuietlyOnlyOnceTheJobHasStopped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean release = new AtomicBoolean();
        AtomicBoolean sawCancel = new AtomicBoolean();
        TaskHandle<Integer> h = WaitForAsyncUtils.asyncFx(() -> runner.submit("Spin", m -> {
            m.progress(1, 4, "a quarter");
            started.countDown();
            while (!m.isCancelled()) Thread.onSpinWait();
            sawCancel.set(true);
            while (!release.get()) Thread.onSpinWait(); // a job that takes its time to wind down (deaf to interrupts)
            return 1;
        })).get();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(0.25, h.progress());
        WaitForAsyncUtils.asyncFx(h::cancel).get();
        waitFor(sawCancel::get);
        assertEquals(TaskHandle.State.RUNNING, h.state(), "still running until the job has stopped");
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> runner.running().size()).get());
        release.set(true);
        waitFor(() -> h.state() == TaskHandle.State.CANCELLED);
        waitFor(() -> runner.running().isEmpty());
        assertTrue(dialogs.errors.isEmpty());
        assertTrue(announced.isEmpty());
    }

    @Test
    void afterShutdownNewWorkIsDroppedQuietly() {
        runner.shutdown();
        TaskHandle<Integer> h = runner.submit("late", m -> 1);
        assertEquals(TaskHandle.State.CANCELLED, h.state());
    }

    /** A job that returns the moment it sees the cancel (as every cooperative job does) is still cancelled. */
    @Test
    void aJobThatStopsAtOnceWhenCancelledIsReportedCancelledAndItsValueIsDropped() throws Exception {
        for (int round = 0; round < 20; round++) {
            AtomicBoolean delivered = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(1);
            FxJob<Integer> job = WaitForAsyncUtils.asyncFx(() -> runner.start("Spin", m -> {
                started.countDown();
                while (!m.isCancelled()) Thread.onSpinWait();
                return 1;
            }, v -> delivered.set(true), true)).get();
            assertTrue(started.await(10, TimeUnit.SECONDS));
            WaitForAsyncUtils.asyncFx(() -> job.cancel()).get();
            waitFor(() -> job.handle().result().isDone());
            assertEquals(TaskHandle.State.CANCELLED, job.handle().state(), "round " + round);
            assertFalse(delivered.get(), "a cancelled job's value never reaches onSuccess");
        }
    }
}
