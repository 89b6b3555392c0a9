package io.evolp.task;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A submitted job as its caller sees it: the result as a future (cancelled when the job was), the
 * latest progress and message, its state, and {@link #cancel()}, which reaches the job through its
 * monitor and the runner (e.g. interrupting its thread).
 */
public final class TaskHandle<T> {

    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final JobMonitor monitor;
    private final CompletableFuture<T> result;
    private final Runnable stop;

    /** For runners: {@code stop} is what the runner does on cancel beyond raising the monitor's flag. */
    public TaskHandle(String title, JobMonitor monitor, CompletableFuture<T> result, Runnable stop) {
        this.title = title;
        this.monitor = monitor;
        this.result = result;
        this.stop = stop;
    }

    public String title() { return title; }

    /** Completes with the job's value, exceptionally with its failure, or is cancelled. */
    public CompletableFuture<T> result() { return result; }

    /** Fraction done in [0, 1], or -1 when unknown. */
    public double progress() { return monitor.fraction(); }

    public String message() { return monitor.message(); }

    public State state() {
        if (!result.isDone()) return State.RUNNING;
        if (result.isCancelled()) return State.CANCELLED;
        return failure().map(e -> isCancellation(e) ? State.CANCELLED : State.FAILED).orElse(State.SUCCEEDED);
    }

    /** The failure (unwrapped) once the job failed. */
    public Optional<Throwable> failure() {
        if (!result.isCompletedExceptionally() || result.isCancelled()) return Optional.empty();
        try {
            result.join();
            return Optional.empty();
        } catch (CompletionException | CancellationException e) {
            return Optional.of(unwrap(e));
        }
    }

    /** Requests cancellation; a finished job stays as it finished. */
    public void cancel() {
        if (result.isDone()) return;
        monitor.cancel();
        stop.run();
    }

    /** The exception behind the wrappers futures and unchecked I/O add. */
    public static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof ExecutionException
                || e instanceof UncheckedIOException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** True when {@code e} means "stopped because asked to", which is not a failure to report. */
    public static boolean isCancellation(Throwable e) {
        Throwable t = unwrap(e);
        return t instanceof CancelledException || t instanceof CancellationException
                || t instanceof InterruptedException;
    }
}
