package io.evolp.ui.compression;

import io.evolp.compress.CompressionSession;
import io.evolp.evolve.Band;
import io.evolp.evolve.Correction;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.MeasuredPair;

import java.util.ArrayList;
import java.util.List;

/**
 * What chart (b) draws, computed on a worker from an evolving predictor: the (raw, measured) pairs
 * it evolved from for one model family, and the correction that answers for that family —
 * {@code apply(raw)} with its 90 % band — sampled across the range of raw predictions that matter
 * (from a tiny model up to the full model and every measured point). Immutable.
 *
 * @param pooled true when the family has too few points and the pooled correction answers
 */
record CorrectionCurve(String kind, String family, boolean pooled, int minFamilyPoints, String parameters, int points,
                       double[] pointRaw, double[] pointMeasured, boolean[] pointTyped,
                       double[] x, double[] fit, double[] low, double[] high) {

    static final int SAMPLES = 60;

    static CorrectionCurve of(EvolvingPredictor p, String family, double fullRawMs) {
        List<MeasuredPair> mine = new ArrayList<>();
        for (MeasuredPair m : p.history()) if (m.family().equals(family)) mine.add(m);
        double[] pr = new double[mine.size()], pm = new double[mine.size()];
        boolean[] typed = new boolean[mine.size()];
        double max = fullRawMs;
        for (int i = 0; i < pr.length; i++) {
            pr[i] = mine.get(i).rawMs();
            pm[i] = mine.get(i).measuredMs();
            typed[i] = CompressionSession.USER_SOURCE.equals(mine.get(i).source());
            max = Math.max(max, pr[i]);
        }
        Correction c = p.corrections().forFamily(family);
        double lo = 0.02 * max, hi = 1.05 * max;
        double[] x = new double[SAMPLES], fit = new double[SAMPLES], bl = new double[SAMPLES], bh = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = lo + (hi - lo) * i / (SAMPLES - 1);
            fit[i] = c.apply(x[i]);
            Band b = c.band(x[i]);
            bl[i] = b == null ? fit[i] : b.low();
            bh[i] = b == null ? fit[i] : b.high();
        }
        return new CorrectionCurve(c.kind(), family, !p.corrections().usesFamily(family),
                p.corrections().minFamilyPoints(), Texts.parameters(c.parameters()),
                c.size(), pr, pm, typed, x, fit, bl, bh);
    }

    /** One line for the label under the screen's controls, in plain words. */
    String describe() {
        return "Correction (" + kind + ", " + (pooled ? "shared with other models until " + family + " has "
                + minFamilyPoints + (minFamilyPoints == 1 ? " point" : " points") + " of its own" : family + " alone") + "): " + parameters + "; fitted to " + points
                + " point" + (points == 1 ? "" : "s");
    }

    /** Chart (b)'s one-line subtitle: short, so it never wraps over the plot. */
    String shortLine() {
        return kind + " correction, " + points + " measured point" + (points == 1 ? "" : "s")
                + (pooled ? " (shared fit)" : "");
    }
}
