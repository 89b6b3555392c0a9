package io.evolp.ui.common;

import io.evolp.task.Job;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * "Latest wins" over a plain {@link TaskRunner}, without JavaFX (the core of {@link LatestWins}, which adds
 * the debounce for typed and dragged inputs): a new run cancels the one still
 * going, and only the newest run's value is published. The controller uses it so a window-free
 * test (synchronous runner) and the app (worker threads, futures completed on the FX thread) take
 * the same path. Call from one thread (the FX thread in the app).
 */
public final class LatestRun<T> {

    private final TaskRunner tasks;
    private final String title;
    private final boolean cancelStale;
    private long generation;
    private TaskHandle<T> current;

    /**
     * @param cancelStale whether a newer run cancels (interrupts) the older one, or only drops its
     *                    value: work that may be the first to touch Tablesaw must not be interrupted,
     *                    since {@code tech.tablesaw.api.Table}'s class initialiser runs an interruptible
     *                    ClassGraph scan and an interrupt there breaks the class for the whole session
     */
    public LatestRun(TaskRunner tasks, String title, boolean cancelStale) {
        this.tasks = tasks;
        this.title = title;
        this.cancelStale = cancelStale;
    }

    /** Starts {@code job}; {@code publish} gets its value only if no newer run was started meanwhile. */
    public CompletableFuture<T> run(Job<T> job, Consumer<T> publish) {
        long mine = ++generation;
        if (current != null && cancelStale) current.cancel();
        TaskHandle<T> h = tasks.submit(title, job);
        current = h;
        return h.result().thenApply(v -> {
            if (mine == generation) publish.accept(v);
            return v;
        });
    }

    /** Forgets the running computation (cancelling it if stale runs are cancelled): its value will not be published. */
    public void cancel() {
        generation++;
        if (current != null && cancelStale) current.cancel();
        current = null;
    }

    /** Number of runs started; for tests. */
    public long generation() {
        return generation;
    }
}
