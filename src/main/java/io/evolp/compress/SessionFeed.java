package io.evolp.compress;

import io.evolp.evolve.EvolvingPredictor;

import java.util.ArrayList;
import java.util.List;

/**
 * What a session feeds into the predictor's correction, and why.
 *
 * <ul>
 *   <li><b>One point per candidate</b>, all its rounds pooled ({@link Evidence#pooled}): five
 *       rounds of one candidate are one piece of evidence about the correction, not five, and the
 *       point's spread is the standard error of its estimate, so a kind that weights by spread
 *       ({@code Correction.withMeasurement}) trusts it as far as it is known.</li>
 *   <li><b>Only candidates near the budget</b> — estimated within [{@value #NEAR_LOW},
 *       {@value #NEAR_HIGH}] × budget — as soon as there is one. A probe far from the budget (the
 *       most-pruned model measured to test reachability) has the largest leverage on a line fit and
 *       once drove a linear correction's slope to 8.8; nine MobileNetV1 sessions then ended at
 *       0.52–0.88 × budget. Far candidates are fed only while there is nothing nearer, since then
 *       they are the best the session has.</li>
 * </ul>
 * The predictor is rebuilt from the session's starting predictor after every measurement, so a
 * candidate's point moves as its rounds accumulate instead of piling up copies.
 */
public final class SessionFeed {

    public static final double NEAR_LOW = 0.5;
    public static final double NEAR_HIGH = 1.5;

    private SessionFeed() {
    }

    public static boolean near(double ms, double budgetMs) {
        return ms >= NEAR_LOW * budgetMs && ms <= NEAR_HIGH * budgetMs;
    }

    /** The candidates that count, in measurement order: the near ones, or all when none is near. */
    public static List<MeasuredCandidate> counted(List<MeasuredCandidate> measured, double budgetMs) {
        List<MeasuredCandidate> nearOnes = new ArrayList<>();
        for (MeasuredCandidate c : measured) if (near(c.evidence().estimateMs(), budgetMs)) nearOnes.add(c);
        return nearOnes.isEmpty() ? List.copyOf(measured) : nearOnes;
    }

    /** The starting predictor evolved by one pooled point per counted candidate. */
    public static EvolvingPredictor evolve(EvolvingPredictor start, List<MeasuredCandidate> measured, double budgetMs) {
        EvolvingPredictor p = start;
        for (MeasuredCandidate c : counted(measured, budgetMs)) p = p.withMeasurement(c.model(), c.evidence().pooled(c.latest()));
        return p;
    }
}
