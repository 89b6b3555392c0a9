package io.evolp.ui.compression;

import java.util.Locale;
import java.util.Map;

/**
 * A correction's parameters in plain words. The core names them for files and the command line
 * ({@code a}, {@code b}, {@code residual_se_ms}, {@code a_sd}, {@code scale_only} …); a class reads
 * "slope 1.302 ± 0.041, offset 3.1 ms, fit error ±0.8 ms, 3 points". Unknown names are shown with
 * spaces for underscores, never dropped. The tooltip says what each word means.
 */
final class CorrectionWords {

    static final String TOOLTIP = String.join("\n",
            "measured ≈ slope × (layer-sum prediction) + offset",
            "slope: how much slower (>1) or faster (<1) the device is than the layer sum says",
            "offset: a fixed cost per run in ms (input copy, launch); 'no offset' = the fit goes through zero",
            "± after a number: its standard deviation (how sure the fit is)",
            "fit error: typical distance of a measured point from the fitted line",
            "noise / scatter: typical spread of measurements as a share of the latency",
            "own slope / prior slope / weight: the slope from this model's points alone, the slope expected from",
            "  other models, and how much this model's own points count (the rest comes from the prior)",
            "points: measured models the fit uses");

    private CorrectionWords() {
    }

    /** e.g. "slope 1.302 ± 0.041, offset 3.14 ± 0.2 ms, noise ±2.1 %" (the number of points is the caller's to say). */
    static String describe(Map<String, Double> p) {
        StringBuilder sb = new StringBuilder();
        boolean scaleOnly = is(p.get("scale_only"), 1) || (p.containsKey("shrink_weight") && is(p.get("b"), 0));
        for (Map.Entry<String, Double> e : p.entrySet()) {
            String k = e.getKey();
            Double v = e.getValue();
            String part = switch (k) {
                case "a" -> "slope " + num(v) + plusMinus(p.get("a_sd"), "");
                case "b" -> scaleOnly ? "no offset" : "offset " + num(v) + plusMinus(p.get("b_sd_ms"), "") + " ms";
                case "n", "a_sd", "b_sd_ms", "scale_only" -> null; // n: said by the caller; the others: folded into slope, offset
                case "residual_se_ms" -> "fit error " + (finite(v) ? "±" + num(v) + " ms" : "— (too few points)");
                case "relative_noise" -> "noise " + percent(v);
                case "relative_sigma", "relative_scatter" -> "scatter " + percent(v);
                case "band_relative_sd" -> "band spread " + percent(v);
                case "window" -> "uses the last " + count(v) + " points";
                case "own_scale" -> "own slope " + num(v);
                case "target_scale" -> "prior slope " + num(v);
                case "shrink_weight" -> "weight of own points " + (finite(v)
                        ? String.format(Locale.ROOT, "%.0f %%", 100 * v) : "—");
                default -> k.replace('_', ' ') + " " + num(v);
            };
            if (part == null) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(part);
        }
        return sb.toString();
    }

    private static boolean finite(Double v) {
        return v != null && Double.isFinite(v);
    }

    private static boolean is(Double v, double x) {
        return v != null && v == x;
    }

    /** Whole numbers plainly, else four significant figures; NaN as "—". */
    static String num(Double v) {
        if (!finite(v)) return "—";
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v.doubleValue())
                : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String count(Double v) {
        return finite(v) ? String.valueOf(Math.round(v)) : "—";
    }

    private static String plusMinus(Double sd, String unit) {
        return finite(sd) ? " ± " + String.format(Locale.ROOT, "%.2g", sd) + unit : "";
    }

    private static String percent(Double v) {
        return finite(v) ? String.format(Locale.ROOT, "±%.1f %%", 100 * v) : "—";
    }
}
