package io.evolp.evolve;

import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.ModelPrediction;

import java.util.ArrayList;
import java.util.List;

/**
 * EvoLP's self-evolving predictor (DESIGN §1.7): a layer-wise base predictor whose whole-model sum
 * is passed through per-family corrections refitted from real measurements.
 *
 * <p>Immutable: {@link #withMeasurement} returns the evolved predictor, so the GUI can keep showing
 * one state while a worker computes the next, and a session can record every state it went through.
 */
public final class EvolvingPredictor {

    private final LatencyPredictor base;
    private final FamilyCorrections corrections;
    private final List<MeasuredPair> history;

    public EvolvingPredictor(LatencyPredictor base, FamilyCorrections corrections, List<MeasuredPair> history) {
        this.base = base;
        this.corrections = corrections;
        this.history = List.copyOf(history);
    }

    /** A fresh evolving predictor with no measurements and the given correction kind. */
    public static EvolvingPredictor start(LatencyPredictor base, String correctionKind) {
        if (correctionKind == null) correctionKind = Corrections.DEFAULT;
        return new EvolvingPredictor(base, FamilyCorrections.of(Corrections.create(correctionKind)), List.of());
    }

    public CorrectedPrediction predict(ModelSpec model) {
        ModelPrediction raw = base.predictModel(model);
        String family = model.family();
        Correction c = corrections.forFamily(family);
        return new CorrectedPrediction(raw, c.apply(raw.latencyMs()), c.band(raw.latencyMs()), family,
                corrections.usesFamily(family));
    }

    /** Corrected latency only; the fast path of a budget search. */
    public double predictMs(ModelSpec model) {
        return corrections.apply(model.family(), base.predictModel(model).latencyMs());
    }

    /** The predictor evolved by one whole-model measurement of {@code model}. */
    public EvolvingPredictor withMeasurement(ModelSpec model, Measurement m) {
        double raw = base.predictModel(model).latencyMs();
        MeasuredPair pair = new MeasuredPair(model.family(), describe(model), raw, m.medianMs(), m.spreadMs(),
                m.source(), m.simulated(), m.timestamp(), MeasuredPair.noiseSd(m));
        return withPair(pair);
    }

    /** Adds an already computed pair (used when loading a history, or for user-typed samples). */
    public EvolvingPredictor withPair(MeasuredPair pair) {
        List<MeasuredPair> next = new ArrayList<>(history);
        next.add(pair);
        return new EvolvingPredictor(base, corrections.withMeasurement(pair.family(), pair.rawMs(), pair.measuredMs(),
                pair.noiseSdMs()), next);
    }

    /**
     * A predictor evolved from a whole history at once: each correction is fitted once, so loading
     * is linear in the history's length (adding pair by pair refits after every pair).
     */
    public static EvolvingPredictor of(LatencyPredictor base, Correction prototype, int minFamilyPoints,
                                       List<MeasuredPair> history) {
        return new EvolvingPredictor(base, FamilyCorrections.fromPairs(prototype, minFamilyPoints, history), history);
    }

    /** The same history refitted on another base predictor (e.g. after layer-level retraining). */
    public EvolvingPredictor withBase(LatencyPredictor newBase) {
        return new EvolvingPredictor(newBase, corrections, history);
    }

    public LatencyPredictor base() { return base; }
    public FamilyCorrections corrections() { return corrections; }
    public List<MeasuredPair> history() { return history; }

    static String describe(ModelSpec m) {
        return m.widths() != null ? m.family() + m.widths() : m.name();
    }
}
