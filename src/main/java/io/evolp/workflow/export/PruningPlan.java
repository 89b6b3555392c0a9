package io.evolp.workflow.export;

import io.evolp.evolve.Band;
import io.evolp.io.onnx.PrunedLayer;

import java.util.List;

/**
 * What a compression session chose, ready to be applied elsewhere: per prunable layer the width and
 * the kept channels, with the budget, the chosen candidate's prediction and 90 % band, and the
 * session's measurements as evidence.
 *
 * @param source     the ONNX file the model was imported from, or null
 * @param band       the chosen candidate's 90 % band, or null when nothing was measured
 * @param measuredMs the chosen candidate's estimate over its measurements, or null
 * @param layers     one per prunable layer; {@code kept} empty when no channel importance is known
 */
public record PruningPlan(String model, String source, String arch, String device, String importance, double budgetMs,
                          double windowLowMs, double windowHighMs, double predictedMs, Band band, Double measuredMs,
                          String state, String reason, List<Measurement> measurements, List<PrunedLayer> layers,
                          List<String> notes) {

    public PruningPlan {
        measurements = List.copyOf(measurements);
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
    }

    /** One measurement of the session. */
    public record Measurement(int step, String kind, double keptRatio, double predictedMs, double medianMs,
                              double spreadMs, int runs, String source, boolean simulated) {
    }

    /** The widths the session asked for, one per layer (what {@code evolp prune} applies again). */
    public List<Integer> requestedWidths() {
        return layers.stream().map(PrunedLayer::requested).toList();
    }
}
