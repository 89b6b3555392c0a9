package io.evolp.measure.agent;

import io.evolp.io.agent.AgentWire;
import io.evolp.measure.local.LocalMeasurement;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalWorkerClient;
import io.evolp.measure.local.RuntimeFacts;
import io.evolp.measure.local.WorkerWireMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the agent's measurements, one at a time, in a {@link io.evolp.measure.local.LocalWorker}
 * process (so the agent's HTTP threads and GC stay out of the timings).
 *
 * <p>One at a time, and a second request while one runs gets <b>409 Busy</b> rather than a queue:
 * a queue would let one client's plan starve another's single measurement invisibly, and a waiting
 * HTTP request would hold a connection for minutes. A client sees 409 at once and decides (the
 * workbench's {@link AgentSource} waits and retries).
 */
final class MeasureService implements AutoCloseable {

    private static final int KEEP_JOBS = 100;

    private final LocalWorkerClient worker;
    private final ModelStore models;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evolp-agent-measure");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Job> current = new AtomicReference<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private volatile RuntimeFacts facts;

    MeasureService(LocalWorkerClient worker, ModelStore models) {
        this.worker = worker;
        this.models = models;
    }

    /** Starts the worker in the background and records its runtime facts for {@code /v1/info}. */
    void warmUp(int threads) {
        executor.execute(() -> {
            try {
                facts = worker.info(LocalSettings.defaults().withThreads(threads));
            } catch (RuntimeException e) {
                System.err.println("evolp agent: the measurement worker did not start: " + e.getMessage());
            }
        });
    }

    RuntimeFacts facts() {
        return facts;
    }

    boolean busy() {
        return current.get() != null;
    }

    /**
     * @throws RequestProblem 409 while another measurement runs, 404 for a model the agent does not have
     */
    Job submit(MeasureRequest request) {
        byte[] onnx = null;
        if (request.modelSha256() != null) {
            onnx = models.get(request.modelSha256());
            if (onnx == null) {
                throw new RequestProblem(404, "unknown model " + request.modelSha256() + "; upload it with PUT /v1/models/{sha256} first", "model_sha256");
            }
        }
        Job job = new Job(Long.toString(nextId.incrementAndGet()), request);
        if (!current.compareAndSet(null, job)) {
            Job other = current.get();
            throw new RequestProblem(409, "busy: measuring " + (other == null ? "something" : other.request().describe() + " (job " + other.id() + ")")
                    + "; the agent runs one measurement at a time — retry later");
        }
        synchronized (jobs) {
            jobs.put(job.id(), job);
            if (jobs.size() > KEEP_JOBS) jobs.remove(jobs.keySet().iterator().next());
        }
        byte[] model = onnx;
        executor.execute(() -> run(job, model));
        return job;
    }

    Job job(String id) {
        synchronized (jobs) {
            return jobs.get(id);
        }
    }

    /** Cancels a queued or running job; a running one has its worker killed (the next job starts a fresh one). */
    boolean cancel(Job job) {
        boolean cancelled = job.cancel();
        if (cancelled && current.get() == job) worker.abort();
        return cancelled;
    }

    private void run(Job job, byte[] onnx) {
        AgentWire.Result result = null;
        String error = null;
        try {
            if (job.finished()) return;
            job.running();
            MeasureRequest r = job.request();
            LocalWorkerClient.Progress progress = job::progress;
            LocalMeasurement m = r.layer() != null
                    ? worker.measureLayer(r.layer(), r.settings(), progress)
                    : worker.measureOnnx(onnx, r.settings(), progress);
            facts = m.facts();
            result = result(r, m);
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            // free the slot before the job reads as finished: a client that sees "done" may submit at once
            current.compareAndSet(job, null);
        }
        if (result != null) job.succeed(result);
        else job.fail(error);
    }

    private static AgentWire.Result result(MeasureRequest r, LocalMeasurement m) {
        return new AgentWire.Result(r.layer() != null ? "layer" : "model", AgentWireMapper.settings(r.settings()),
                WorkerWireMapper.measurement(m));
    }

    @Override
    public void close() {
        executor.shutdownNow();
        worker.close();
    }
}
