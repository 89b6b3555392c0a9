package io.evolp.measure;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * {@code replay:<file.jsonl>} — answers whole-model measurements from a file of recorded models
 * (each carrying {@code latency_ms}). A model whose conv list equals a recorded one (same
 * architecture and widths) gets that recording; any other model is refused with a message naming
 * the file and what differs from the closest recording, unless {@code nearest} is on: then the
 * nearest recording (see {@link ModelDistance}) answers and the {@link Measurement#note()} says so.
 * Layers cannot be replayed: the files hold whole models only.
 *
 * <p>Answers are immediate (an already completed future); there is nothing to run in the background.
 */
public final class ReplaySource implements MeasurementSource {

    private final String fileName;
    private final List<ModelSpec> recorded;
    private final boolean nearest;
    private final boolean simulatedData;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean closed;

    /**
     * @param fileName      shown in ids and messages
     * @param recorded      the recorded models, in file order, each with {@code latencyMs}
     * @param nearest       answer unknown models from the nearest recording (flagged) instead of refusing
     * @param simulatedData whether the recordings themselves came from a simulated device
     * @throws IllegalArgumentException naming the record when one has no usable latency
     */
    public ReplaySource(String fileName, List<ModelSpec> recorded, boolean nearest, boolean simulatedData) {
        this.fileName = fileName;
        this.recorded = List.copyOf(recorded);
        this.nearest = nearest;
        this.simulatedData = simulatedData;
        for (int i = 0; i < this.recorded.size(); i++) {
            Double ms = this.recorded.get(i).latencyMs();
            if (ms == null || !(ms >= 0) || ms.isInfinite()) {
                throw new IllegalArgumentException(fileName + ": record " + (i + 1) + " ('" + this.recorded.get(i).name()
                        + "') has no usable latency_ms (" + ms + ")");
            }
        }
        if (this.recorded.isEmpty()) throw new IllegalArgumentException(fileName + ": no recorded models to replay");
    }

    /**
     * Replay of {@code fileName}; the data counts as simulated when the file name says "simulated",
     * the naming rule for every simulated file this project writes.
     */
    public static ReplaySource of(String fileName, List<ModelSpec> recorded, boolean nearest) {
        return new ReplaySource(fileName, recorded, nearest, fileName.toLowerCase(Locale.ROOT).contains("simulated"));
    }

    @Override public String id() { return "replay:" + fileName; }

    @Override public String description() {
        return "replay of " + recorded.size() + " recorded models from " + fileName
                + (nearest ? " (unknown models answered from the nearest recording)" : "")
                + (simulatedData ? " — recordings of a simulated device" : "");
    }

    @Override public boolean simulated() { return simulatedData; }

    /** Replayed numbers do not depend on when they are asked for: no wait before a confirmation. */
    @Override public java.time.Duration independenceGap() { return java.time.Duration.ZERO; }

    public List<ModelSpec> recorded() { return recorded; }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        if (pm != null && pm.isCancelled()) {
            CompletableFuture<Measurement> cancelled = new CompletableFuture<>();
            cancelled.cancel(false);
            return cancelled;
        }
        if (closed) return CompletableFuture.failedFuture(new MeasurementException(id() + " is closed"));
        for (ModelSpec r : recorded) {
            if (r.convs().equals(model.convs())) {
                return CompletableFuture.completedFuture(answer(r, ""));
            }
        }
        int best = nearestIndex(model);
        ModelSpec closest = recorded.get(best);
        if (nearest) {
            ModelDistance d = ModelDistance.between(model, closest);
            String note = String.format(Locale.ROOT, "no recording of this model in %s: answered from the nearest recorded "
                    + "model '%s' (record %d, %s %.1f%%)", fileName, closest.name(), best + 1,
                    d.sameStructure() ? "conv-MAC distance" : "other structure, MAC difference", 100 * d.distance());
            return CompletableFuture.completedFuture(answer(closest, note));
        }
        return CompletableFuture.failedFuture(new MeasurementException(fileName + " holds no measurement of model '"
                + model.name() + "'" + widths(model) + "; closest recorded model is '" + closest.name() + "' (record "
                + (best + 1) + "): " + ModelDistance.describeDifference(model, closest)
                + ". Replay answers only recorded widths (or the nearest with the nearest option)."));
    }

    @Override
    public CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        return CompletableFuture.failedFuture(new MeasurementException(
                id() + " holds whole-model recordings only; it cannot measure layer " + layer));
    }

    private Measurement answer(ModelSpec r, String note) {
        return new Measurement(r.latencyMs(), 0, 1, clock.instant(), id(), simulatedData, note);
    }

    private int nearestIndex(ModelSpec model) {
        int best = 0;
        ModelDistance bestD = ModelDistance.between(model, recorded.get(0));
        for (int i = 1; i < recorded.size(); i++) {
            ModelDistance d = ModelDistance.between(model, recorded.get(i));
            if (d.compareTo(bestD) < 0) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    private static String widths(ModelSpec m) {
        if (m.widths() == null) return "";
        List<Integer> w = m.widths();
        List<Integer> shown = w.size() > 16 ? new ArrayList<>(w.subList(0, 16)) : w;
        return " (" + m.arch() + ", widths " + shown + (w.size() > 16 ? " …" : "") + ")";
    }

    @Override
    public void close() {
        closed = true;
    }
}
