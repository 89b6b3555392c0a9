package io.evolp.measure.agent;

import io.evolp.io.agent.AgentWire;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * One measurement on the agent, as {@code GET /v1/jobs/{id}} shows it: state, progress in session
 * runs (one per round for a single layer or model, so a 3-round job goes 0/3 → 3/3), and at the end
 * the result or the error. Written by the measuring thread, read by HTTP threads.
 */
final class Job {

    enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    private final String id;
    private final MeasureRequest request;
    private final Instant created = Instant.now();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile State state = State.QUEUED;
    private volatile long done;
    private volatile long total;
    private volatile AgentWire.Result result;
    private volatile String error;

    Job(String id, MeasureRequest request) {
        this.id = id;
        this.request = request;
        this.total = request.settings().rounds();
    }

    String id() {
        return id;
    }

    MeasureRequest request() {
        return request;
    }

    State state() {
        return state;
    }

    boolean finished() {
        return finished.getCount() == 0;
    }

    void running() {
        state = State.RUNNING;
    }

    void progress(long done, long total) {
        this.done = done;
        this.total = total;
    }

    void succeed(AgentWire.Result result) {
        this.result = result;
        this.done = total;
        end(State.DONE);
    }

    void fail(String error) {
        this.error = error;
        end(State.FAILED);
    }

    /** @return false when the job had already ended */
    boolean cancel() {
        if (finished()) return false;
        this.error = "cancelled by the client";
        end(State.CANCELLED);
        return true;
    }

    void await() throws InterruptedException {
        finished.await();
    }

    private synchronized void end(State s) {
        if (finished()) return; // the first ending wins: a job cancelled mid-run stays cancelled
        state = s;
        finished.countDown();
    }

    AgentWire.Job toJson() {
        return new AgentWire.Job(id, state.name().toLowerCase(java.util.Locale.ROOT), request.describe(), done, total,
                created.toString(), result, error);
    }
}
