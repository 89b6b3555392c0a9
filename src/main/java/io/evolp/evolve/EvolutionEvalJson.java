package io.evolp.evolve;

import io.evolp.io.JsonOut;
import io.evolp.io.evolve.EvolutionEvalReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** {@code evolve-eval --json}: {@link EvolutionEval.Result} → {@link EvolutionEvalReport}. */
public final class EvolutionEvalJson {

    private EvolutionEvalJson() {
    }

    public static EvolutionEvalReport toReport(EvolutionEval.Result r) {
        List<EvolutionEvalReport.Cell> cells = new ArrayList<>();
        for (EvolutionEval.Cell c : r.cells()) {
            cells.add(new EvolutionEvalReport.Cell(c.kind(), c.k(), summary(c.mape()), summary(c.within10()),
                    c.coverage().n() > 0 ? summary(c.coverage()) : null));
        }
        return new EvolutionEvalReport(r.draws(), r.seed(), r.maxK(), new LinkedHashMap<>(r.families()), cells);
    }

    /** The report as one line of JSON. */
    public static String toJson(EvolutionEval.Result r) {
        return JsonOut.line(toReport(r));
    }

    private static EvolutionEvalReport.Summary summary(EvalSummary s) {
        return new EvolutionEvalReport.Summary(s.median(), s.p25(), s.p75(), s.min(), s.max(), s.mean());
    }
}
