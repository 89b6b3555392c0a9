package io.evolp.workflow.adaptive;

import java.util.List;

/**
 * When an adaptive campaign stops measuring because the cross-validated error stopped falling: the
 * last {@code patience} points, taken with at least {@value #MIN_ROWS} rows, did not bring the
 * cross-validated MAPE down by {@code minGain} points below the best point before them. Points with
 * fewer rows do not count: with 5 folds of under 4 rows each the estimate swings by more than the
 * gains being looked for.
 */
public final class PlateauRule {

    /** Points with fewer rows are ignored by the rule. */
    public static final int MIN_ROWS = 20;

    private final int patience;
    private final double minGain;

    public PlateauRule(int patience, double minGain) {
        this.patience = patience;
        this.minGain = minGain;
    }

    /** The reason to stop, or null to go on. */
    public String check(List<CurvePoint> curve) {
        List<CurvePoint> usable = curve.stream().filter(p -> p.rows() >= MIN_ROWS && !Double.isNaN(p.cvMape())).toList();
        if (usable.size() < patience + 1) return null;
        double before = Double.POSITIVE_INFINITY;
        for (CurvePoint p : usable.subList(0, usable.size() - patience)) before = Math.min(before, p.cvMape());
        double recent = Double.POSITIVE_INFINITY;
        for (CurvePoint p : usable.subList(usable.size() - patience, usable.size())) recent = Math.min(recent, p.cvMape());
        if (recent > before - minGain) {
            return String.format(java.util.Locale.ROOT,
                    "the cross-validated MAPE stopped falling: the last %d batch(es) reached %.2f %%, not %.1f point(s) "
                            + "below the best before them (%.2f %%)", patience, recent, minGain, before);
        }
        return null;
    }

    public String describe() {
        return String.format(java.util.Locale.ROOT, "stop when %d batch(es) in a row lower the CV MAPE by less than %.1f "
                + "point(s) (from %d rows on)", patience, minGain, MIN_ROWS);
    }
}
