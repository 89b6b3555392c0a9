package io.evolp.ui.common;

import io.evolp.ui.ScriptedDialogs;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interactive recomputation: the older computation is cancelled, only the newest input is published. */
@ExtendWith(ApplicationExtension.class)
class LatestWinsTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Integer> published = new CopyOnWriteArrayList<>();
    private final List<Integer> cancelled = new CopyOnWriteArrayList<>();
    private final List<Integer> started = new CopyOnWriteArrayList<>();
    private final AtomicBoolean release = new AtomicBoolean();
    private FxTaskRunner runner;
    private LatestWins<Integer, Integer> latest;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(dialogs);
        latest = new LatestWins<>(runner, "Square", Duration.millis(30), x -> m -> {
            started.add(x);
            while (!release.get()) {
                if (m.isCancelled()) {
                    cancelled.add(x);
                    m.checkCancelled();
                }
                Thread.onSpinWait();
            }
            return x * x;
        }, published::add);
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void aNewInputCancelsTheRunningOneAndOnlyTheNewestIsPublished() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> latest.submitNow(2)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> started.contains(2));
        WaitForAsyncUtils.asyncFx(() -> latest.submitNow(3)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancelled.contains(2));
        release.set(true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !published.isEmpty() && runner.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(9), published);
        assertEquals(2, latest.generation());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void inputsWithinTheDebounceStartOneComputation() throws Exception {
        release.set(true);
        WaitForAsyncUtils.asyncFx(() -> {
            latest.submit(4);
            latest.submit(5);
            latest.submit(6);
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !published.isEmpty() && runner.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(36), published);
        assertEquals(1, latest.generation());
    }
}
