package io.evolp.ui.predictors;

import io.evolp.predict.features.LayerFeatures;

/** Texts for the Predictors screen: what each kind does, and the feature set of the tree learners. */
final class KindInfo {

    private KindInfo() {
    }

    static String describe(String kind) {
        return switch (kind) {
            case "auto" -> "Chosen per dataset: k-fold cross-validation on the training rows only picks among evolp, gbt, "
                    + "forest, the hybrids and (up to 250 rows) gp; the choice and its table are shown after training.";
            case "evolp" -> "The paper's method: one 2-2-4-1 net per configuration key on latency^(-1/8); keys with few "
                    + "rows and unseen keys come from global boosted trees.";
            case "gbt" -> "Gradient-boosted regression trees on log latency over the feature set ((i) below).";
            case "gp" -> "Gaussian process on log latency over log layer sizes, channel alignment to 4 and depthwise: "
                    + "smooth between measured sizes, the learner for few rows (fits at most 400).";
            case "hybrid" -> "evolp nets where a key has data, boosted trees elsewhere, optionally a residual learner; "
                    + "the variant is chosen by cross-validation.";
            case "forest" -> "nn-Meter-style random forest on log latency over the feature set.";
            case "lut" -> "Lookup table per key (NetAdapt), interpolating between measured channel counts.";
            case "flops" -> "latency = a·MACs + b for the device.";
            default -> kind;
        };
    }

    /** auto's choice and CV table, narrow enough for the left column (the full text is its tooltip). */
    static String cvTable(io.evolp.predict.AutoPredictor auto) {
        StringBuilder sb = new StringBuilder("auto chose " + auto.chosenCandidate() + "\n");
        if (auto.crossValidation().isEmpty()) return sb.append("(too few rows for CV)").toString();
        sb.append(auto.folds()).append("-fold CV, training rows:\n");
        sb.append(String.format(java.util.Locale.ROOT, "  %-15s %6s %5s%n", "candidate", "MAPE%", "±10%"));
        for (io.evolp.predict.CvRow r : auto.crossValidation()) {
            sb.append(String.format(java.util.Locale.ROOT, "%s %-15s %6.2f %5.1f%n",
                    r.candidate().equals(auto.chosenCandidate()) ? "*" : " ", r.candidate(), r.mape(), r.acc10()));
        }
        return sb.toString().stripTrailing();
    }

    static String features() {
        return "Features (version " + LayerFeatures.VERSION + "), one set for gbt, forest and the global learner:\n"
                + String.join(", ", LayerFeatures.NAMES.subList(0, 14)) + ";\n"
                + "channel alignment: " + String.join(", ", LayerFeatures.NAMES.subList(14, LayerFeatures.COUNT)) + "\n"
                + "(c_modT = c mod T; c_padT = ceil(c/T)·T / c, the share of a tiled kernel's work on padding).";
    }
}
