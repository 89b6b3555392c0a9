package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;
import io.evolp.measure.DeviceLostException;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.MeasurementSource;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * Measures one plan row, waiting out a lost device: retries the same row after each
 * {@link DeviceLostException} with the policy's backoff until it answers or the outage has lasted
 * {@code maxWait}. Any other failure ends the attempt with an error message.
 */
final class RowAttempt {

    /** How often a blocked wait looks at the monitor, for sources that do not watch it themselves. */
    private static final long POLL_MS = 100;

    /**
     * @param measurement the result, or null when the row failed or the device stayed lost
     * @param error       the failure (or last loss) message, null on success
     * @param gaveUp      the device stayed lost longer than the policy allows
     * @param lostEpisode the device was lost at least once during this row
     * @param retries     attempts repeated after a loss
     * @param nanos       wall time of the last attempt (waiting excluded), for the ETA
     */
    record Outcome(Measurement measurement, String error, boolean gaveUp, boolean lostEpisode, int retries, long nanos) {
    }

    private final MeasurementSource source;
    private final LayerConfig layer;
    private final int planIndex;
    private final ReconnectPolicy policy;
    private final Sleeper sleeper;
    private final ProgressMonitor pm;
    private final RawSidecar raw;
    private final BiConsumer<LayerConfig, String> lostReport;

    RowAttempt(MeasurementSource source, LayerConfig layer, int planIndex, ReconnectPolicy policy, Sleeper sleeper,
               ProgressMonitor pm, RawSidecar raw, BiConsumer<LayerConfig, String> lostReport) {
        this.source = source;
        this.layer = layer;
        this.planIndex = planIndex;
        this.policy = policy;
        this.sleeper = sleeper;
        this.pm = pm;
        this.raw = raw;
        this.lostReport = lostReport;
    }

    /** @throws CancelledException when the monitor is cancelled (the row in flight is dropped) */
    Outcome run() throws IOException {
        int retries = 0;
        long lostSince = -1;
        Duration slept = Duration.ZERO;
        while (true) {
            pm.checkCancelled();
            long t0 = System.nanoTime();
            try {
                Measurement m = await(source.measureLayer(layer, pm));
                long nanos = System.nanoTime() - t0;
                if (lostSince >= 0) raw.append(RawRecords.reconnected(Instant.now(), planIndex, waited(lostSince, slept).toMillis() / 1e3));
                if (!(m.medianMs() > 0)) {
                    return new Outcome(null, source.id() + " reported a latency of " + m.medianMs() + " ms, not a positive number",
                            false, lostSince >= 0, retries, nanos);
                }
                return new Outcome(m, null, false, lostSince >= 0, retries, nanos);
            } catch (DeviceLostException e) {
                if (lostSince < 0) {
                    lostSince = System.nanoTime();
                    raw.append(RawRecords.deviceLost(Instant.now(), planIndex, e.getMessage()));
                }
                Duration waited = waited(lostSince, slept);
                if (waited.compareTo(policy.maxWait()) >= 0) {
                    return new Outcome(null, e.getMessage(), true, true, retries, 0);
                }
                retries++;
                Duration delay = policy.delay(retries);
                Duration cap = policy.maxWait().minus(waited);
                if (delay.compareTo(cap) > 0) delay = cap;
                lostReport.accept(layer, "device lost: " + e.getMessage() + " — waiting to reconnect (retry " + retries
                        + " in " + Eta.format(delay) + ", waited " + Eta.format(waited) + " of " + Eta.format(policy.maxWait()) + ")");
                sleeper.sleep(delay, pm);
                slept = slept.plus(delay);
            } catch (MeasurementException e) {
                return new Outcome(null, e.getMessage(), false, lostSince >= 0, retries, System.nanoTime() - t0);
            }
        }
    }

    /**
     * Outage length so far: the larger of real time and the sleeps asked for (a test's sleeper does
     * not pass real time; a real outage may also spend time in connection timeouts).
     */
    private static Duration waited(long lostSince, Duration slept) {
        Duration real = Duration.ofNanos(System.nanoTime() - lostSince);
        return real.compareTo(slept) > 0 ? real : slept;
    }

    /**
     * The future's result; its failure as a {@link MeasurementException} (a {@link DeviceLostException}
     * anywhere in the cause chain wins, since sources may wrap it).
     */
    private Measurement await(CompletableFuture<Measurement> f) {
        while (true) {
            try {
                return f.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (pm.isCancelled()) {
                    f.cancel(true);
                    throw new CancelledException();
                }
            } catch (CancellationException e) {
                if (pm.isCancelled()) throw new CancelledException();
                throw new MeasurementException(source.id() + " cancelled the measurement of " + layer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f.cancel(true);
                throw new CancelledException();
            } catch (ExecutionException e) {
                throw asMeasurementException(e.getCause());
            }
        }
    }

    static MeasurementException asMeasurementException(Throwable t) {
        Throwable top = t;
        while ((top instanceof CompletionException || top instanceof ExecutionException) && top.getCause() != null) {
            top = top.getCause();
        }
        for (Throwable c = top; c != null; c = c.getCause()) {
            if (c instanceof DeviceLostException lost) {
                return c == top ? lost : new DeviceLostException(top.getMessage(), top);
            }
            if (c.getCause() == c) break;
        }
        if (top instanceof MeasurementException me) return me;
        String msg = top.getMessage() == null ? top.getClass().getSimpleName() : top.getMessage();
        return new MeasurementException(msg, top);
    }
}
