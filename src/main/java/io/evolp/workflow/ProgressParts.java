package io.evolp.workflow;

import io.evolp.task.ProgressMonitor;

/** Splits one progress bar among the steps of a workflow. */
final class ProgressParts {

    private ProgressParts() {
    }

    /**
     * The k-th of n equal parts of {@code pm}'s progress, its messages prefixed with {@code prefix};
     * cancellation passes through.
     */
    static ProgressMonitor part(ProgressMonitor pm, int k, int n, String prefix) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                double f = total > 0 ? Math.min(1, (double) done / total) : 0;
                pm.progress(Math.round((k + f) * 1000), n * 1000L, prefix + (message == null ? "" : message));
            }

            @Override
            public boolean isCancelled() {
                return pm.isCancelled();
            }
        };
    }
}
