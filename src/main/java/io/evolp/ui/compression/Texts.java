package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.evolve.Band;
import io.evolp.evolve.CorrectedPrediction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sentences the Compression screen shows, built from core results (no numbers of its own). */
final class Texts {

    private Texts() {
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String band(Band b) {
        return b == null ? "—" : ms(b.low()) + "–" + ms(b.high());
    }

    static String full(CorrectedPrediction p) {
        return String.format(Locale.ROOT, "Full model: predicted %s ms (90 %% band %s ms; layer sum %s ms)",
                ms(p.correctedMs()), band(p.band()), ms(p.rawMs()));
    }

    static String plan(double budget, BudgetSearch.Result r, BudgetSearch.Options o) {
        String window = "[" + ms(o.windowLow() * budget) + ", " + ms(o.windowHigh() * budget) + "] ms";
        return String.format(Locale.ROOT, "Plan for %s ms: keep %.1f %% of channels → predicted %s ms (band %s), "
                        + "%d search steps, %s %s. Widths: %s",
                ms(budget), 100 * r.keptRatio(), ms(r.correctedMs()), band(r.band()), r.steps(),
                r.withinWindow() ? "in the window" : "not in the window", window, widths(r.widths()));
    }

    static String widths(List<Integer> w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(w.get(i));
        }
        return sb.toString();
    }

    /** "a = 1.302, b = 0.4100 ms, n = 3" from a correction's parameters; NaN shows as "—", whole numbers plainly. */
    static String parameters(Map<String, Double> p) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (sb.length() > 0) sb.append(", ");
            Double v = e.getValue();
            sb.append(e.getKey()).append(" = ").append(v == null || !Double.isFinite(v) ? "—"
                    : v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v.doubleValue())
                    : String.format(Locale.ROOT, "%.4g", v));
            if (e.getKey().equals("b")) sb.append(" ms");
        }
        return sb.toString();
    }

    static String result(SessionResult r, SessionSettings s) {
        String measured = r.measuredMs() == null ? "no measurement yet"
                : "measured " + ms(r.measuredMs()) + " ms (step " + (r.chosenStep() + 1) + ")";
        return String.format(Locale.ROOT, "%s — %s; budget %s ms, window [%s, %s] ms, %d measurement%s. %s",
                r.finished() ? (r.withinWindow() ? "Converged" : "Stopped") : "Running", measured, ms(s.budgetMs()),
                ms(s.windowLowMs()), ms(s.windowHighMs()), r.measurements(), r.measurements() == 1 ? "" : "s",
                r.reason());
    }
}
