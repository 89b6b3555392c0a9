package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.ChannelImportance;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.CorrectedPrediction;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.ui.common.Messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link SetupChoice} into a {@link Prepared} setup on a worker. A problem with the channel
 * importance (a γ file that does not fit the model, γ for an explicit conv list) comes back as a
 * message for the importance field instead of an exception, so the screen can show it next to that
 * field and keep everything else the user chose.
 */
final class Preparation {

    /** Either a prepared setup or the message for the importance field. */
    record Outcome(Prepared prepared, String importanceError) {
    }

    private Preparation() {
    }

    static Outcome prepare(SetupChoice c) {
        ModelSpec base = c.model();
        ChannelImportance importance;
        try {
            importance = c.importance().resolve(base, c.modelLabel());
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, Messages.oneLine(e));
        }
        BudgetSearch search = new BudgetSearch(base, importance);
        EvolvingPredictor start = EvolvingPredictor.start(c.predictor(), c.correction());
        CorrectedPrediction full = start.predict(base);
        return new Outcome(new Prepared(c, base, layerNames(base), fullWidths(base), importance, search, start,
                full, CorrectionCurve.of(start, base.family(), full.rawMs())), null);
    }

    /** Names of the prunable layers: the architecture's, or "conv i" for an explicit conv list. */
    static List<String> layerNames(ModelSpec m) {
        if (m.arch() != null) return Zoo.get(m.arch()).prunableNames();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < m.convs().size(); i++) names.add("conv " + i);
        return names;
    }

    /** Width of each prunable layer of the model as given (for an explicit list each conv's cout). */
    static List<Integer> fullWidths(ModelSpec m) {
        if (m.widths() != null) return m.widths();
        List<Integer> w = new ArrayList<>();
        for (LayerConfig conv : m.convs()) w.add(conv.cout());
        return w;
    }
}
