package io.evolp.ui.common;

import io.evolp.task.Job;
import io.evolp.task.JobMonitor;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Latest wins" without JavaFX: runs finish in any order, only the newest one's value is published. */
class LatestRunTest {

    /** Holds each job until the test finishes it, as a worker pool would in any order. */
    private static final class HeldRunner implements TaskRunner {
        final List<Job<?>> jobs = new ArrayList<>();
        final List<CompletableFuture<Object>> results = new ArrayList<>();
        final List<JobMonitor> monitors = new ArrayList<>();

        @SuppressWarnings("unchecked")
        @Override
        public <T> TaskHandle<T> submit(String title, Job<T> job) {
            JobMonitor m = new JobMonitor();
            CompletableFuture<T> f = new CompletableFuture<>();
            jobs.add(job);
            results.add((CompletableFuture<Object>) f);
            monitors.add(m);
            return new TaskHandle<>(title, m, f, () -> { });
        }

        void finish(int i) throws Exception {
            results.get(i).complete(jobs.get(i).run(monitors.get(i)));
        }
    }

    @Test
    void anOlderRunFinishingLastIsNotPublishedAndIsCancelled() throws Exception {
        HeldRunner runner = new HeldRunner();
        LatestRun<String> latest = new LatestRun<>(runner, "t", true);
        List<String> published = new ArrayList<>();
        latest.run(m -> "first", published::add);
        latest.run(m -> "second", published::add);
        assertTrue(runner.monitors.get(0).isCancelled(), "the stale run was asked to stop");
        runner.finish(1);
        runner.finish(0);
        assertEquals(List.of("second"), published);
        assertEquals(2, latest.generation());
    }

    @Test
    void withoutCancellingTheStaleRunIsOnlyDropped() throws Exception {
        HeldRunner runner = new HeldRunner();
        LatestRun<String> latest = new LatestRun<>(runner, "t", false);
        List<String> published = new ArrayList<>();
        latest.run(m -> "first", published::add);
        latest.run(m -> "second", published::add);
        assertFalse(runner.monitors.get(0).isCancelled(), "not interrupted (it may be initialising Tablesaw)");
        runner.finish(0);
        assertTrue(published.isEmpty());
        runner.finish(1);
        assertEquals(List.of("second"), published);

        latest.run(m -> "third", published::add);
        latest.cancel();
        runner.finish(2);
        assertEquals(List.of("second"), published, "a forgotten run publishes nothing");
    }
}
