package io.evolp.ui.common;

import io.evolp.task.Job;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The GUI's {@link TaskRunner}: jobs run on two workers as {@link FxJob}s (listed by the status bar's
 * jobs view); results and errors come back on the FX thread. A failure becomes a one-line message
 * through {@link Dialogs} (never a stack trace); a cancelled job ends quietly. A job that ran longer
 * than {@link #announceAfter} seconds is also announced (the user may have moved on meanwhile).
 */
public final class FxTaskRunner implements TaskRunner {

    /** Failures with their stack trace, for the log file the app configures (never shown to the user). */
    private static final System.Logger LOG = System.getLogger("io.evolp.ui.tasks");

    private final ExecutorService pool;
    private final Dialogs dialogs;
    private final ObservableList<FxJob<?>> running = FXCollections.observableArrayList();
    private JobAnnouncer announcer = JobAnnouncer.NONE;
    private double announceAfter = 3;

    public FxTaskRunner(Dialogs dialogs) {
        this.dialogs = dialogs;
        AtomicInteger n = new AtomicInteger();
        // Two workers: one long job (training) must not block a quick one (a re-plan).
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "evolp-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Jobs submitted and not yet finished (FX thread only), oldest first. */
    public ObservableList<FxJob<?>> running() {
        return running;
    }

    /** Who hears about jobs that ran at least {@code afterSeconds}. */
    public void announceWith(JobAnnouncer announcer, double afterSeconds) {
        this.announcer = announcer;
        this.announceAfter = afterSeconds;
    }

    @Override
    public <T> TaskHandle<T> submit(String title, Job<T> job) {
        return submit(title, job, null, true);
    }

    /** Starts {@code job}; {@code onSuccess} (may be null) gets its value on the FX thread, before the result completes. */
    public <T> TaskHandle<T> submit(String title, Job<T> job, Consumer<T> onSuccess) {
        return submit(title, job, onSuccess, true);
    }

    /** As {@link #submit(String, Job, Consumer)}, returning the result future for callers that chain on it. */
    public <T> CompletableFuture<T> run(String title, Job<T> job, Consumer<T> onSuccess) {
        return submit(title, job, onSuccess, true).result();
    }

    /** {@code reportErrors} false leaves failures to the caller (e.g. shown next to a field). */
    public <T> CompletableFuture<T> run(String title, Job<T> job, Consumer<T> onSuccess, boolean reportErrors) {
        return submit(title, job, onSuccess, reportErrors).result();
    }

    /** As {@link #submit(String, Job, Consumer)}; {@code reportErrors} false leaves failures to the caller. */
    public <T> TaskHandle<T> submit(String title, Job<T> job, Consumer<T> onSuccess, boolean reportErrors) {
        return start(title, job, onSuccess, reportErrors).handle();
    }

    /**
     * Starts {@code job} and returns it as the JavaFX task, for a screen that binds its own progress
     * bar to it; {@link FxJob#handle()} is its {@link TaskHandle}. Call from any thread.
     */
    public <T> FxJob<T> start(String title, Job<T> job, Consumer<T> onSuccess, boolean reportErrors) {
        FxJob<T> task = new FxJob<>(title, job);
        CompletableFuture<T> result = task.handle().result();
        if (pool.isShutdown()) {
            // The window is closing: a late debounce or listener may still ask for work; drop it quietly.
            result.cancel(false);
            return task;
        }
        task.setOnSucceeded(e -> succeeded(task, onSuccess, reportErrors));
        task.setOnFailed(e -> failed(task, task.getException(), reportErrors));
        // The result of a cancelled job completes when its code has really stopped (see FxJob#stopped).
        task.setOnCancelled(e -> task.stopped().whenComplete((v, x) -> onFx(() -> {
            running.remove(task);
            result.cancel(false);
        })));
        onFx(() -> running.add(task));
        pool.execute(task);
        return task;
    }

    private <T> void succeeded(FxJob<T> task, Consumer<T> onSuccess, boolean reportErrors) {
        running.remove(task);
        try {
            if (onSuccess != null) onSuccess.accept(task.getValue());
            task.handle().result().complete(task.getValue());
            if (task.secondsRunning() >= announceAfter) announcer.finished(task.getTitle(), task.secondsRunning());
        } catch (RuntimeException e) {
            failed(task, e, reportErrors);
        }
    }

    private void failed(FxJob<?> task, Throwable e, boolean report) {
        running.remove(task);
        Throwable cause = TaskHandle.unwrap(e);
        CompletableFuture<?> result = task.handle().result();
        if (TaskHandle.isCancellation(cause)) {
            result.cancel(false);
            return;
        }
        String title = task.getTitle();
        LOG.log(System.Logger.Level.WARNING, title + " failed", cause);
        if (report) {
            dialogs.error(title + " failed", Messages.oneLine(cause));
            if (task.secondsRunning() >= announceAfter) announcer.failed(title, Messages.oneLine(cause));
        }
        result.completeExceptionally(cause);
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    /** Stops every job and the workers; callable from any thread. */
    public void shutdown() {
        pool.shutdownNow();
        onFx(() -> List.copyOf(running).forEach(t -> t.cancel(true)));
    }
}
