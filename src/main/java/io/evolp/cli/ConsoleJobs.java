package io.evolp.cli;

import io.evolp.task.ConsoleProgress;
import io.evolp.task.Job;
import io.evolp.task.SyncTaskRunner;

/**
 * How the command line runs a long job: through the same {@link io.evolp.task.TaskRunner} API the
 * GUI uses, synchronously, with progress on stderr (only when stderr is a terminal) and the
 * progress line cleared when the job ends, whatever way it ends.
 */
final class ConsoleJobs {

    private ConsoleJobs() {
    }

    /** Runs {@code job} now and returns its value; its failure is rethrown as is. */
    static <T> T run(String title, Job<T> job) throws Exception {
        ConsoleProgress progress = ConsoleProgress.forStderr();
        try {
            return new SyncTaskRunner(progress).call(title, job);
        } finally {
            progress.finish();
        }
    }
}
