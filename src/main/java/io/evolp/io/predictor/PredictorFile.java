package io.evolp.io.predictor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A predictor file (DESIGN §3), format 1 or 2, of any kind: {@code format}, {@code kind} and
 * {@code device} first, then the fields of that kind. One flat record for all kinds because the
 * file is flat; the domain's mapper (predict.PredictorMapper) switches on {@code kind} and says
 * which fields a kind needs. Absent fields are null and not written.
 *
 * <p>Field order is the written order: keyed kinds (evolp, lut) write general, keys, global; flops
 * a, b, floor, samples; forest and gbt the tree fields; hybrid variant, cv, nets, residual; auto
 * chosen, folds, cv, predictor; gp its {@code gp} object.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PredictorFile(
        Integer format, String kind, String device,
        MacLine general, List<KeyEntry> keys, Trees global,
        Double a, Double b, Double floor, Integer samples,
        List<String> features, @JsonProperty("feature_version") Integer featureVersion, String target,
        @JsonProperty("seen_keys") List<String> seenKeys, Double base, List<Tree> trees,
        String variant, String chosen, Integer folds, List<CvRow> cv, PredictorFile nets, Trees residual,
        PredictorFile predictor, Scale scale, Gp gp) {

    /** A header with no kind fields yet; the mapper fills in one kind's fields with the {@code with…} methods. */
    public static PredictorFile header(int format, String kind, String device) {
        return new PredictorFile(format, kind, device, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public PredictorFile withKeyed(MacLine general, List<KeyEntry> keys, Trees global) {
        return new PredictorFile(format, kind, device, general, keys, global, a, b, floor, samples, features,
                featureVersion, target, seenKeys, base, trees, variant, chosen, folds, cv, nets, residual, predictor, scale, gp);
    }

    public PredictorFile withLine(MacLine l) {
        return new PredictorFile(format, kind, device, general, keys, global, l.a(), l.b(), l.floor(), l.samples(),
                features, featureVersion, target, seenKeys, base, trees, variant, chosen, folds, cv, nets, residual,
                predictor, scale, gp);
    }

    public PredictorFile withTrees(Trees t) {
        return new PredictorFile(format, kind, device, general, keys, global, a, b, floor, samples, t.features(),
                t.featureVersion(), t.target(), t.seenKeys(), t.base(), t.trees(), variant, chosen, folds, cv, nets,
                residual, predictor, t.scale(), gp);
    }

    public PredictorFile withHybrid(String variant, List<CvRow> cv, PredictorFile nets, Trees residual) {
        return new PredictorFile(format, kind, device, general, keys, global, a, b, floor, samples, features,
                featureVersion, target, seenKeys, base, trees, variant, chosen, folds, cv, nets, residual, predictor, scale, gp);
    }

    public PredictorFile withAuto(String chosen, int folds, List<CvRow> cv, PredictorFile predictor) {
        return new PredictorFile(format, kind, device, general, keys, global, a, b, floor, samples, features,
                featureVersion, target, seenKeys, base, trees, variant, chosen, folds, cv, nets, residual, predictor, scale, gp);
    }

    /** The top-level power law ({@code scale}): gbt/scaled's, or a transfer predictor's source-informed law. */
    public PredictorFile withScale(Scale s) {
        return new PredictorFile(format, kind, device, general, keys, global, a, b, floor, samples, features,
                featureVersion, target, seenKeys, base, trees, variant, chosen, folds, cv, nets, residual, predictor, s, gp);
    }

    /** The gp kind's Gaussian process. */
    public PredictorFile withGp(Gp g) {
        return new PredictorFile(format, kind, device, general, keys, global, a, b, floor, samples, features,
                featureVersion, target, seenKeys, base, trees, variant, chosen, folds, cv, nets, residual, predictor, scale, g);
    }

    /** The flops kind's own line ({@code a}, {@code b}, {@code floor}, {@code samples} at the top level). */
    public MacLine line() {
        return new MacLine(a, b, floor, samples);
    }

    /** The forest and gbt kinds' tree fields at the top level. */
    public Trees treeFields() {
        return new Trees(features, featureVersion, target, seenKeys, base, trees, scale);
    }

    /** {@code max(a·MACs + b, floor)}: the flops predictor, a fallback key, the device-wide line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MacLine(Double a, Double b, Double floor, Integer samples) {
    }

    /**
     * One entry of "keys": an MLP ({@code model} "mlp"), a MAC line ("mac_line"), the global learner
     * ("global") or a lookup table ("table"). Channels are numbers: ranges for nets, integer points
     * for tables (kept integral when written).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyEntry(String key, String model, Double a, Double b, Double floor, Boolean depthwise,
                           List<Number> cin, List<Number> cout, List<Double> t, List<Double> weights, List<Double> latency,
                           Integer samples, @JsonProperty("validation_mse") Double validationMse) {
    }

    /** Regression trees over the documented features (forest, gbt, evolp's global learner, hybrid residuals). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trees(List<String> features, @JsonProperty("feature_version") Integer featureVersion,
                        String target, @JsonProperty("seen_keys") List<String> seenKeys, Double base,
                        List<Tree> trees, Scale scale) {

        /** Trees that predict the target alone (no power law under them). */
        public Trees(List<String> features, Integer featureVersion, String target, List<String> seenKeys, Double base,
                     List<Tree> trees) {
            this(features, featureVersion, target, seenKeys, base, trees, null);
        }
    }

    /**
     * A power law under boosted trees (gbt/scaled): the target is
     * {@code intercept + Σ coefficients[i] · features[i] + trees}, the features being log sizes of the layer.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scale(List<String> features, Double intercept, List<Double> coefficients) {
    }

    /**
     * A Gaussian process (kind gp): inputs standardised by {@code center} and {@code scale}, then
     * {@code target = y_center + y_scale · Σ_i alpha[i] · amplitude · exp(−½ Σ_d ((z_d − support[i][d]) /
     * length_scales[d])²)}; {@code noise} is the fitted noise variance (standardised units).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gp(List<String> features, @JsonProperty("feature_version") Integer featureVersion, String target,
                     @JsonProperty("seen_keys") List<String> seenKeys, List<Double> center, List<Double> scale,
                     @JsonProperty("y_center") Double yCenter, @JsonProperty("y_scale") Double yScale,
                     @JsonProperty("length_scales") List<Double> lengthScales, Double amplitude, Double noise,
                     List<List<Double>> support, List<Double> alpha) {
    }

    /** One flat tree: split feature (or -1 at a leaf), split value or leaf value, right child index. */
    public record Tree(List<Integer> feature, List<Double> value, List<Integer> right) {
    }

    /** One cross-validation row of auto and hybrid. */
    public record CvRow(String candidate, Double mape, Double acc10) {
    }
}
