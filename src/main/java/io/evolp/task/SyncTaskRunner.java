package io.evolp.task;

import java.util.concurrent.CompletableFuture;

/**
 * Runs each job at once on the caller's thread: for the command line (progress to the console) and
 * for tests. The returned handle is already finished; cancellation comes from the downstream monitor
 * (or from the job itself), since nobody else can act while the caller's thread is busy.
 */
public final class SyncTaskRunner implements TaskRunner {

    private final ProgressMonitor downstream;

    public SyncTaskRunner() {
        this(ProgressMonitor.NONE);
    }

    /** Progress goes to {@code downstream}; its cancellation stops the jobs. */
    public SyncTaskRunner(ProgressMonitor downstream) {
        this.downstream = downstream;
    }

    @Override
    public <T> TaskHandle<T> submit(String title, Job<T> job) {
        JobMonitor monitor = new JobMonitor(downstream);
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            monitor.checkCancelled();
            T value = job.run(monitor);
            if (monitor.isCancelled()) result.cancel(false);
            else result.complete(value);
        } catch (Exception e) {
            if (TaskHandle.isCancellation(e)) result.cancel(false);
            else result.completeExceptionally(TaskHandle.unwrap(e));
        }
        return new TaskHandle<>(title, monitor, result, () -> { });
    }

    /** Runs {@code job} and returns its value, rethrowing its failure; for callers that want it plain. */
    public <T> T call(String title, Job<T> job) throws Exception {
        TaskHandle<T> h = submit(title, job);
        if (h.state() == TaskHandle.State.CANCELLED) throw new CancelledException();
        if (h.failure().isPresent()) {
            Throwable t = h.failure().get();
            if (t instanceof Exception e) throw e;
            throw (Error) t;
        }
        return h.result().join();
    }
}
