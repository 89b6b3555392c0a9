package io.evolp.task;

/**
 * Runs {@link Job}s and hands back a {@link TaskHandle} for each: the GUI runs them on workers and
 * shows them in its jobs view; {@link SyncTaskRunner} runs them on the caller's thread (CLI, tests).
 */
public interface TaskRunner {

    /** Starts {@code job}; {@code title} names it wherever jobs are listed. */
    <T> TaskHandle<T> submit(String title, Job<T> job);
}
