package io.evolp.ui.common;

import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs core work off the FX thread and reports it in the status bar. Results and errors come back
 * on the FX thread; an error becomes a one-line message through {@link Dialogs} (never a stack
 * trace dialog); a cancelled task just says so. Create on the FX thread.
 */
public final class BackgroundTasks {

    /** Failures with their stack trace, for the log file the app configures (never shown to the user). */
    private static final System.Logger LOG = System.getLogger("io.evolp.ui.tasks");

    private final ExecutorService pool;
    private final Dialogs dialogs;
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();
    private final Timeline poller;

    public BackgroundTasks(Dialogs dialogs) {
        this.dialogs = dialogs;
        AtomicInteger n = new AtomicInteger();
        // Two workers: one long job (training) must not block a quick one (a re-plan).
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "evolp-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.poller = new Timeline(new KeyFrame(Duration.millis(100), e -> running.forEach(BackgroundTask::poll)));
        poller.setCycleCount(Animation.INDEFINITE);
        poller.play();
    }

    /** Tasks currently running (FX thread only); the status bar lists them. */
    public ObservableList<BackgroundTask> running() {
        return running;
    }

    /**
     * Starts {@code work} on a worker. {@code onSuccess} runs on the FX thread with the result;
     * failures are reported via {@link Dialogs#error}. The returned future completes (on the FX
     * thread) after {@code onSuccess} — tests and callers may chain on it.
     */
    public <T> CompletableFuture<T> run(String title, Function<ProgressMonitor, T> work, Consumer<T> onSuccess) {
        return run(title, work, onSuccess, true);
    }

    /** As {@link #run(String, Function, Consumer)}; {@code reportErrors} false leaves errors to the caller. */
    public <T> CompletableFuture<T> run(String title, Function<ProgressMonitor, T> work, Consumer<T> onSuccess,
                                        boolean reportErrors) {
        if (pool.isShutdown()) {
            // The window is closing: a late debounce or listener may still ask for work; drop it quietly.
            CompletableFuture<T> dropped = new CompletableFuture<>();
            dropped.cancel(false);
            return dropped;
        }
        FxProgressMonitor monitor = new FxProgressMonitor();
        BackgroundTask task = new BackgroundTask(title, monitor);
        running.add(task);
        CompletableFuture<T> done = new CompletableFuture<>();
        task.future = pool.submit(() -> {
            try {
                T result = work.apply(monitor);
                Platform.runLater(() -> {
                    running.remove(task);
                    if (monitor.isCancelled()) {
                        task.finish(BackgroundTask.State.CANCELLED, "cancelled");
                        done.cancel(false);
                        return;
                    }
                    task.finish(BackgroundTask.State.SUCCEEDED, "done");
                    try {
                        if (onSuccess != null) onSuccess.accept(result);
                        done.complete(result);
                    } catch (RuntimeException e) {
                        fail(task, title, e, reportErrors, done);
                    }
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    running.remove(task);
                    fail(task, title, e, reportErrors, done);
                });
            }
        });
        return done;
    }

    private void fail(BackgroundTask task, String title, Throwable e, boolean report, CompletableFuture<?> done) {
        Throwable cause = unwrap(e);
        if (cause instanceof CancelledException || cause instanceof CancellationException
                || cause instanceof InterruptedException) {
            task.finish(BackgroundTask.State.CANCELLED, "cancelled");
            done.cancel(false);
            return;
        }
        task.finish(BackgroundTask.State.FAILED, Messages.oneLine(cause));
        if (report) {
            LOG.log(System.Logger.Level.WARNING, title + " failed", cause);
            dialogs.error(title + " failed", Messages.oneLine(cause));
        }
        done.completeExceptionally(cause);
    }

    static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof java.util.concurrent.ExecutionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /**
     * Stops every task and the pool. Callable from any thread: the FX-owned parts (the poller, the
     * list of running tasks) are stopped on the FX thread.
     */
    public void shutdown() {
        pool.shutdownNow();
        if (Platform.isFxApplicationThread()) {
            stopOnFxThread();
        } else {
            Platform.runLater(this::stopOnFxThread);
        }
    }

    private void stopOnFxThread() {
        poller.stop();
        List.copyOf(running).forEach(BackgroundTask::cancel);
    }
}
