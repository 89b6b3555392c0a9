package io.evolp.evolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The correction kinds by name, as {@code --correction shrink|linear|robust|bayes} names them. */
public final class Corrections {

    /** The default kind: the one that does not lose to no correction on few noisy measurements. */
    public static final String DEFAULT = "shrink";

    /** Every kind, the default first (a choice box selecting its first item selects the default). */
    public static final List<String> KINDS = List.of("shrink", "linear", "robust", "bayes");

    private Corrections() {
    }

    /**
     * An empty correction of this kind with default settings.
     *
     * @throws IllegalArgumentException naming the known kinds
     */
    public static Correction create(String kind) {
        String k = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "shrink": return new ShrinkCorrection(List.of());
            case "linear": return new LinearCorrection(List.of());
            case "robust": return new RobustCorrection(List.of());
            case "bayes": return new BayesCorrection(List.of());
            default:
                throw new IllegalArgumentException("unknown correction '" + kind + "'; known: " + String.join(", ", KINDS));
        }
    }

    /** One line for a help text or a choice list: what the kind does, and whose method it is. */
    public static String describe(String kind) {
        switch (kind) {
            case "shrink": return "shrink (default): per-family scale shrunk towards measured = predicted, "
                    + "pooled across families, weighted by measurement spread";
            case "linear": return "linear: the EvoLP paper's method, least-squares line measured = a·sum + b";
            case "robust": return "robust: Huber line on relative residuals over the last 20 points";
            case "bayes": return "bayes: Bayesian linear regression with a prior at measured = predicted";
            default: return kind;
        }
    }

    /** The help text of a {@code --correction} option: every kind described, default named. */
    public static String help() {
        List<String> parts = new ArrayList<>();
        for (String k : KINDS) parts.add(describe(k));
        return String.join("; ", parts) + ".";
    }

    /**
     * A correction of {@code prototype}'s kind and settings fitted to all points at once — one fit
     * instead of one per point, which is what keeps loading a long history linear.
     */
    static Correction refit(Correction prototype, List<double[]> points, List<Double> spreads) {
        if (prototype instanceof ShrinkCorrection) return ShrinkCorrection.of(points, spreads);
        if (prototype instanceof LinearCorrection) return new LinearCorrection(points);
        if (prototype instanceof RobustCorrection r) return new RobustCorrection(points, r.window());
        if (prototype instanceof BayesCorrection b) {
            return new BayesCorrection(points, b.slopeSd(), b.interceptSdMs(), b.noise());
        }
        Correction c = prototype.withoutPoints(); // a kind this class does not know: point by point
        for (int i = 0; i < points.size(); i++) c = c.withMeasurement(points.get(i)[0], points.get(i)[1], spreads.get(i));
        return c;
    }
}
