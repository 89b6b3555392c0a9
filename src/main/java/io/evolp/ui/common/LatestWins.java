package io.evolp.ui.common;

import io.evolp.task.Job;
import io.evolp.task.TaskHandle;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Latest wins" recomputation for interactive inputs (mzmine's habit): each new input restarts a
 * short debounce; when it fires, the running computation (if any) is cancelled and a new one is
 * started; only the result of the newest input is published, on the FX thread. Use from the FX thread.
 */
public final class LatestWins<I, O> {

    private final FxTaskRunner tasks;
    private final String title;
    private final Function<I, Job<O>> work;
    private final Consumer<O> publish;
    private final PauseTransition debounce;
    private I pending;
    private long generation;
    private TaskHandle<O> current;

    public LatestWins(FxTaskRunner tasks, String title, Duration debounce,
                      Function<I, Job<O>> work, Consumer<O> publish) {
        this.tasks = tasks;
        this.title = title;
        this.work = work;
        this.publish = publish;
        this.debounce = new PauseTransition(debounce);
        this.debounce.setOnFinished(e -> start());
    }

    /** A new input: the computation starts after the debounce unless another input comes first. */
    public void submit(I input) {
        pending = input;
        debounce.playFromStart();
    }

    /** Starts at once, skipping the debounce (e.g. a button press). */
    public void submitNow(I input) {
        pending = input;
        debounce.stop();
        start();
    }

    /** Number of the newest computation started; for tests. */
    public long generation() {
        return generation;
    }

    private void start() {
        I input = pending;
        long mine = ++generation;
        if (current != null) current.cancel();
        current = tasks.submit(title, work.apply(input), result -> {
            if (mine == generation) publish.accept(result);
        });
    }
}
