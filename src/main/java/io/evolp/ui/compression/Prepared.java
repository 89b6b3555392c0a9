package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.ChannelImportance;
import io.evolp.core.ModelSpec;
import io.evolp.evolve.CorrectedPrediction;
import io.evolp.evolve.EvolvingPredictor;

import java.util.List;

/**
 * A setup resolved off the FX thread and ready to plan and run: the base model with its prunable
 * layer names, the channel importance, a budget search over them, the fresh evolving predictor and
 * the full model's prediction (which sets the budget range).
 */
record Prepared(SetupChoice choice, ModelSpec base, List<String> layerNames, List<Integer> fullWidths,
                ChannelImportance importance, BudgetSearch search, EvolvingPredictor start, CorrectedPrediction full,
                CorrectionCurve curve) {

    Prepared {
        layerNames = List.copyOf(layerNames);
        fullWidths = List.copyOf(fullWidths);
    }
}
