package io.evolp.workflow.export;

import io.evolp.compress.ChannelImportance;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.compress.SessionStep;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.Band;
import io.evolp.io.onnx.PruneResult;
import io.evolp.io.onnx.PrunedLayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link PruningPlan} from a finished (or stopped) compression session. The kept channels
 * come from the pruned ONNX when the model was imported (the graph decides what is tied), else from
 * the session's channel importance: the {@code width} channels of largest |γ| per layer — exactly
 * the channels the γ threshold keeps.
 */
public final class PruningPlans {

    private PruningPlans() {
    }

    /**
     * @param importance the session's channel importance (null or uniform: no kept indices)
     * @param onnx       the pruned ONNX of an imported model, or null
     * @param source     the ONNX file the model came from, or null
     */
    public static PruningPlan of(SessionSettings settings, SessionResult result, ChannelImportance importance,
                                 PruneResult onnx, String source) {
        ModelSpec base = settings.model();
        List<PrunedLayer> layers = onnx != null ? onnx.layers() : layers(base, result.widths(), importance);
        List<String> notes = new ArrayList<>(onnx != null ? onnx.notes() : List.of());
        if (onnx == null && (importance == null || importance.uniformMode())) {
            notes.add("no channel importance (γ): the widths say how many channels each layer keeps, not which");
        }
        String how = onnx != null ? onnx.importance() : importance == null ? settings.importance() : importance.description();
        SessionStep chosen = result.chosenStep() >= 0 ? result.steps().get(result.chosenStep()) : null;
        Band band = chosen == null ? null : chosen.band();
        List<PruningPlan.Measurement> ms = new ArrayList<>();
        for (SessionStep s : result.steps()) {
            ms.add(new PruningPlan.Measurement(s.index(), s.kind(), s.keptRatio(), s.predictedMs(), s.measuredMs(),
                    s.measured().spreadMs(), s.measured().count(), s.measured().source(), s.measured().simulated()));
        }
        return new PruningPlan(base.name(), source, base.arch(), settings.device(), how, settings.budgetMs(),
                settings.windowLowMs(), settings.windowHighMs(), result.predictedMs(), band, result.measuredMs(),
                result.state().name(), result.reason(), ms, layers, notes);
    }

    /** Layers of a built-in architecture or explicit list, kept channels by |γ| when known. */
    static List<PrunedLayer> layers(ModelSpec base, List<Integer> widths, ChannelImportance importance) {
        List<String> names = base.arch() == null ? null : Zoo.get(base.arch()).prunableNames();
        int[] channels = base.arch() != null && base.widths() != null ? base.widths().stream().mapToInt(Integer::intValue).toArray()
                : base.convs().stream().mapToInt(io.evolp.core.LayerConfig::cout).toArray();
        boolean ranked = importance != null && !importance.uniformMode() && importance.layers() == widths.size();
        List<PrunedLayer> out = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            int w = widths.get(i);
            List<Integer> kept = ranked ? top(importance.gammas(i), w) : List.of();
            out.add(new PrunedLayer(i, names == null ? "conv" + i : names.get(i), channels[i], w, w, kept, List.of(), ""));
        }
        return out;
    }

    /** Indices of the {@code width} largest |γ|, ascending (ties to the lower index). */
    static List<Integer> top(double[] gammas, int width) {
        Integer[] order = new Integer[gammas.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Math.abs(gammas[a]) != Math.abs(gammas[b])
                ? Double.compare(Math.abs(gammas[b]), Math.abs(gammas[a])) : a - b);
        return Arrays.stream(order, 0, Math.min(width, order.length)).sorted().toList();
    }
}
