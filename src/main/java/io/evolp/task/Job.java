package io.evolp.task;

/**
 * One piece of background work: it reports progress to, and checks cancellation on, the monitor it
 * is given, and may throw anything — the runner turns a failure into a message, so the work needs no
 * wrappers for checked exceptions such as {@link java.io.IOException}.
 */
@FunctionalInterface
public interface Job<T> {

    T run(ProgressMonitor monitor) throws Exception;
}
