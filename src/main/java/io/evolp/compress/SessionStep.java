package io.evolp.compress;

import io.evolp.evolve.Band;
import io.evolp.measure.Measurement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One round of a compression session: the candidate the search proposed with the predictor as it
 * was, what it was predicted at, what the device (or the user) measured, and the correction after
 * refitting with that pair. This record is what the GUI animates and what a session file stores.
 *
 * @param index       0-based position in the session
 * @param widths      prunable widths of the candidate (an explicit list: each conv's cout)
 * @param ratio       prune ratio the search chose (uniform mode: width multiplier = 1 − ratio)
 * @param keptRatio   kept channels / base channels
 * @param rawMs       plain layer-sum prediction
 * @param predictedMs corrected prediction before this measurement
 * @param band        90% band of {@code predictedMs}
 * @param measured    the measurement (median, spread, runs, source, simulated flag; source "user"
 *                    for a latency the user typed)
 * @param correction  parameters of the model family's correction after refitting with this pair
 * @param outcome     how the search ended for this candidate
 * @param probes      the search's probes (their count is the number of search steps)
 * @param withinWindow the median of <em>this</em> measurement lies in the session's window × budget
 * @param kind        why it was measured: {@code search} (a new candidate), {@code repeat} (another
 *                    round of the same candidate: its spread was wider than the window allows),
 *                    {@code confirm} (an independent measurement of a pick that looked in the
 *                    window), {@code user} (typed in)
 * @param estimateMs  the candidate's estimated latency after this step, over all its measurements
 * @param estimateSeMs standard error of that estimate, ms (0 when the source reports no noise; NaN in
 *                    old session files)
 * @param candidateMeasurements measurements of this candidate so far, this one included
 * @param verdict     {@code INSIDE}, {@code UNSURE} or {@code OUTSIDE} ({@link Evidence.Verdict})
 */
public record SessionStep(int index, List<Integer> widths, double ratio, double keptRatio, double rawMs,
                          double predictedMs, Band band, Measurement measured, Map<String, Double> correction,
                          BudgetSearch.Outcome outcome, List<BudgetSearch.Probe> probes, boolean withinWindow,
                          String kind, double estimateMs, double estimateSeMs, int candidateMeasurements,
                          Evidence.Verdict verdict) {

    public static final String SEARCH = "search";
    public static final String REPEAT = "repeat";
    public static final String CONFIRM = "confirm";
    public static final String USER = "user";

    /** A step as session files before format 2 stored it: one measurement, no estimate beyond it. */
    public SessionStep(int index, List<Integer> widths, double ratio, double keptRatio, double rawMs, double predictedMs,
                       Band band, Measurement measured, Map<String, Double> correction, BudgetSearch.Outcome outcome,
                       List<BudgetSearch.Probe> probes, boolean withinWindow) {
        this(index, widths, ratio, keptRatio, rawMs, predictedMs, band, measured, correction, outcome, probes, withinWindow,
                CompressionSession.USER_SOURCE.equals(measured.source()) ? USER : SEARCH, measured.medianMs(), Double.NaN, 1,
                withinWindow ? Evidence.Verdict.INSIDE : Evidence.Verdict.OUTSIDE);
    }

    public SessionStep {
        widths = List.copyOf(widths);
        probes = List.copyOf(probes);
        // LinkedHashMap, not Map.copyOf: parameters may be NaN (no residual dof yet) and their order is shown.
        correction = Collections.unmodifiableMap(new LinkedHashMap<>(correction));
    }

    public int searchSteps() {
        return probes.size();
    }

    public double measuredMs() {
        return measured.medianMs();
    }

    /** True when the number was typed by the user rather than measured by a source. */
    public boolean userMeasurement() {
        return CompressionSession.USER_SOURCE.equals(measured.source());
    }
}
