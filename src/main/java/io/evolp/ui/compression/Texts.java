package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.SessionReason;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.compress.SessionState;
import io.evolp.compress.SessionStep;
import io.evolp.evolve.Band;
import io.evolp.core.Millis;
import io.evolp.evolve.CorrectedPrediction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sentences the Compression screen shows, built from core results (no numbers of its own). */
final class Texts {

    private Texts() {
    }

    /** {@link Millis#format}, the one latency format of every screen. */
    static String ms(double v) {
        return Millis.format(v);
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
                r.withinWindow() ? "in the window" : "not in the window", window, shortWidths(r.widths()));
    }

    static String widths(List<Integer> w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(w.get(i));
        }
        return sb.toString();
    }

    /** A correction's parameters in plain words ({@link CorrectionWords}). */
    static String parameters(Map<String, Double> p) {
        return CorrectionWords.describe(p);
    }

    static String result(String headline, SessionResult r, SessionSettings s) {
        String measured = r.measuredMs() == null ? "no measurement yet"
                : "measured " + ms(r.measuredMs()) + " ms (step " + (r.chosenStep() + 1) + ")";
        return String.format(Locale.ROOT, "%s — %s; budget %s ms, window [%s, %s] ms, %d measurement%s. %s",
                headline, measured, ms(s.budgetMs()),
                ms(s.windowLowMs()), ms(s.windowHighMs()), r.measurements(), r.measurements() == 1 ? "" : "s",
                detail(r.reason()));
    }

    /**
     * The session's reason without an opening clause the headline already says, so the status reads
     * "Converged (confirmed) — …. 4 measurements estimate …" rather than "…. converged and confirmed: 4 …".
     */
    static String detail(String reason) {
        SessionReason r = SessionReason.of(reason);
        String rest = r.detail();
        return r.clause() == null || rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** The end state in a few words: converged with confirmation, noise wider than the window, unreachable … */
    static String headline(SessionState state, boolean finished) {
        return headline(state, finished, SessionRunner.Activity.RUNNING, 0);
    }

    /**
     * What the session is doing now: how it ended once finished, else what the loop does — Running
     * (with the classroom pace), Stepping (one measurement), Pausing (after this measurement) or
     * Paused (nothing runs until Run or Step).
     */
    static String headline(SessionState state, boolean finished, SessionRunner.Activity activity, double paceSeconds) {
        if (!finished) {
            return switch (activity) {
                case RUNNING -> paceSeconds > 0
                        ? String.format(Locale.ROOT, "Running (one measurement every %.1f s)", paceSeconds) : "Running";
                case STEPPING -> "Stepping: measuring one candidate";
                case PAUSING -> "Pausing after this measurement";
                case IDLE -> "Paused (Run continues, Step measures once more)";
            };
        }
        return switch (state) {
            case CONVERGED -> "Converged (confirmed)";
            case NOTHING_TO_PRUNE -> "Nothing to prune";
            case NOISE_WIDER_THAN_WINDOW -> "Not converged: noise is wider than the window";
            case UNREACHABLE -> "Budget unreachable";
            case BUDGET_SPENT -> "Not converged: measurement budget spent";
            case PREDICTION_ONLY -> "Prediction only";
            case NO_CANDIDATE_IN_WINDOW -> "Not converged: no candidate in the window";
            case RUNNING -> "Stopped";
        };
    }

    /**
     * One plain line per step, e.g. "Step 2: predicted 43.6 ms, measured 44.4 ms (+1.8 %);
     * correction now 1.30x + 3.1 ms", with what kind of measurement it was and, once a candidate
     * has several, its estimate.
     */
    static String caption(SessionStep s) {
        String kind = switch (s.kind()) {
            case SessionStep.REPEAT -> " (round " + s.candidateMeasurements() + " of this candidate)";
            case SessionStep.CONFIRM -> " (independent confirmation)";
            case SessionStep.USER -> " (your measurement)";
            default -> "";
        };
        double diff = 100 * (s.measuredMs() - s.predictedMs()) / s.predictedMs();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Step %d%s: predicted %s ms, measured %s ms (%+.1f %%)",
                s.index() + 1, kind, one(s.predictedMs()), one(s.measuredMs()), diff));
        if (s.candidateMeasurements() > 1) {
            sb.append(String.format(Locale.ROOT, "; estimate %s ± %s ms over %d measurements", one(s.estimateMs()),
                    Double.isFinite(s.estimateSeMs()) ? String.format(Locale.ROOT, "%.2g", s.estimateSeMs()) : "?",
                    s.candidateMeasurements()));
        }
        Double a = s.correction().get("a"), b = s.correction().get("b");
        if (a != null && b != null && Double.isFinite(a) && Double.isFinite(b)) {
            // A scale-only correction (shrink) has no offset: "1.40x", not "1.40x + 0.00 ms".
            sb.append(b == 0 ? String.format(Locale.ROOT, "; correction now %.2fx", a)
                    : String.format(Locale.ROOT, "; correction now %.2fx %s %s ms", a, b < 0 ? "−" : "+", one(Math.abs(b))));
        }
        return sb.toString();
    }

    /** Three significant figures, at least one decimal: 43.6, 3.1, 0.412, 144.2. */
    static String one(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    /** The widths, cut after about 90 characters (a ResNet-50 list would fill three lines; chart (c) has them all). */
    static String shortWidths(List<Integer> widths) {
        String w = widths(widths);
        return w.length() <= 90 ? w : w.substring(0, w.lastIndexOf(',', 90)) + ", … (" + widths.size() + " layers)";
    }

    /** The "Add measured sample…" dialog's title: which step the typed latency becomes. */
    static String sampleTitle(int step) {
        return "Add measured sample — step " + step;
    }

    /** The dialog's question, naming the candidate: kept share, predicted latency, widths. */
    static String samplePrompt(BudgetSearch.Result c) {
        if (c == null) return "Latency you measured for the current candidate (ms):";
        String w = shortWidths(c.widths());
        return String.format(Locale.ROOT, "Candidate keeping %.1f %% of the channels, predicted %s ms (90 %% band %s ms).%n"
                + "Widths: %s%n%nLatency you measured for this candidate (ms):", 100 * c.keptRatio(), ms(c.correctedMs()),
                band(c.band()), w);
    }
}
