package io.evolp.ui.evolution;

import io.evolp.evolve.EvalSummary;
import io.evolp.evolve.EvolutionEval;
import io.evolp.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The evolution check's numbers as CSV: one row per (correction, k), every summary of every metric. */
final class EvolutionCsv {

    private EvolutionCsv() {
    }

    static String text(EvolutionEval.Result r) {
        StringBuilder sb = new StringBuilder("correction,k");
        for (String m : new String[]{"mape", "acc10", "coverage90"}) {
            for (String s : new String[]{"median", "p25", "p75", "min", "max", "mean"}) sb.append(',').append(m).append('_').append(s);
        }
        sb.append('\n');
        for (EvolutionEval.Cell c : r.cells()) {
            sb.append(c.kind()).append(',').append(c.k());
            for (EvalSummary s : new EvalSummary[]{c.mape(), c.within10(), c.coverage()}) {
                for (double v : new double[]{s.median(), s.p25(), s.p75(), s.min(), s.max(), s.mean()}) {
                    sb.append(',').append(Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static void write(EvolutionEval.Result r, Path file) throws IOException {
        AtomicFiles.writeString(file, text(r));
    }
}
