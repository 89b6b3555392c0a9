package io.evolp.ui.evolution;

import io.evolp.evolve.EvalSummary;
import io.evolp.evolve.EvolutionEval;

import java.util.function.Function;

/** The three figures the evolution check can plot against the number of measured models. */
enum EvolutionMetric {
    MAPE("MAPE on the held-out models (%)", EvolutionEval.Cell::mape),
    WITHIN10("±10% accuracy on the held-out models (%)", EvolutionEval.Cell::within10),
    COVERAGE("90% band coverage of the held-out models (%)", EvolutionEval.Cell::coverage);

    final String label;
    final Function<EvolutionEval.Cell, EvalSummary> value;

    EvolutionMetric(String label, Function<EvolutionEval.Cell, EvalSummary> value) {
        this.label = label;
        this.value = value;
    }

    @Override
    public String toString() {
        return label;
    }
}
