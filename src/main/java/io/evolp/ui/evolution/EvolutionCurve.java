package io.evolp.ui.evolution;

import io.evolp.evolve.EvalSummary;
import io.evolp.evolve.EvolutionEval;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the evolution check for one metric: a correction's centre value (median over the
 * draws; the mean for coverage, which is a 0/100 per draw) with its 25th–75th percentile, for each
 * number of measured models k that has a value. Plain data the chart draws and tests read.
 */
record EvolutionCurve(String kind, List<Point> points) {

    record Point(int k, double centre, double p25, double p75) { }

    /** The curves of {@code r} for {@code metric}, in the result's correction order; empty curves left out. */
    static List<EvolutionCurve> of(EvolutionEval.Result r, EvolutionMetric metric) {
        List<EvolutionCurve> out = new ArrayList<>();
        for (String kind : r.kinds()) {
            List<Point> pts = new ArrayList<>();
            for (int k = 0; k <= r.maxK(); k++) {
                EvalSummary v = metric.value.apply(r.cell(kind, k));
                if (v.n() > 0) {
                    pts.add(new Point(k, metric == EvolutionMetric.COVERAGE ? v.mean() : v.median(), v.p25(), v.p75()));
                }
            }
            if (!pts.isEmpty()) out.add(new EvolutionCurve(kind, List.copyOf(pts))); // none has no band, so no coverage
        }
        return out;
    }
}
