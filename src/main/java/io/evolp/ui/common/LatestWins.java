package io.evolp.ui.common;

import io.evolp.task.Job;
import io.evolp.task.TaskRunner;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Latest wins" recomputation for interactive inputs (mzmine's habit): each new input restarts a
 * short debounce; when it fires, the running computation (if any) is cancelled and a new one is
 * started; only the result of the newest input is published ({@link LatestRun}), on the FX thread with
 * the app's {@link FxTaskRunner}. A zero debounce starts at once and needs no running FX toolkit, so
 * a controller built on it can be tested without a window. Use from one thread (the FX thread in the app).
 */
public final class LatestWins<I, O> {

    private final LatestRun<O> run;
    private final Function<I, Job<O>> work;
    private final Consumer<O> publish;
    private final PauseTransition debounce; // null: no debounce
    private I pending;

    public LatestWins(TaskRunner tasks, String title, Duration debounce,
                      Function<I, Job<O>> work, Consumer<O> publish) {
        this.run = new LatestRun<>(tasks, title, true);
        this.work = work;
        this.publish = publish;
        if (debounce.greaterThan(Duration.ZERO)) {
            this.debounce = new PauseTransition(debounce);
            this.debounce.setOnFinished(e -> start());
        } else {
            this.debounce = null;
        }
    }

    /** A new input: the computation starts after the debounce unless another input comes first. */
    public void submit(I input) {
        pending = input;
        if (debounce == null) start();
        else debounce.playFromStart();
    }

    /** Starts at once, skipping the debounce (e.g. a button press). */
    public void submitNow(I input) {
        pending = input;
        if (debounce != null) debounce.stop();
        start();
    }

    /** Number of the newest computation started; for tests. */
    public long generation() {
        return run.generation();
    }

    private void start() {
        run.run(work.apply(pending), publish);
    }
}
