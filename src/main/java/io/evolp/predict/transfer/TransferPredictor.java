package io.evolp.predict.transfer;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.predict.CvRow;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.features.LogLinear;
import io.evolp.predict.gbt.GbtModel;

import java.util.List;

/**
 * A predictor for a target device made from another device's predictor (the source) and a few
 * target rows: {@code exp(scale(log source) + trees(features))}, {@code exp(scale(log source) +
 * trees(features, log source))} ({@link #FAMILY_GBT}), {@code exp(trees(features, log source))}
 * ({@link #FEATURE}) or, when the target rows are enough on their own and the source only misleads,
 * {@code exp(trees(features))} ({@link #TARGET}), the source times extremely randomized trees on the
 * log ratio ({@link #RATIO_TREES}), or a power law of the layer sizes with trees on what it
 * leaves ({@link #TARGET_SCALED}, auto's {@code gbt/scaled} on the target rows alone: it extrapolates
 * from few rows where plain trees step), or a Gaussian process on the target rows alone
 * ({@link #TARGET_GP}: auto's {@code gp}, smooth between measured sizes). Which of the candidates it is, and how they
 * fared in cross-validation on the target rows, is kept so a user can see why.
 */
public final class TransferPredictor implements LatencyPredictor {

    public static final String KIND = "transfer";
    /** Candidates, simplest first (ties in cross-validation go to the earlier one). */
    public static final String SCALE = "source+scale", FAMILY = "source+family-scale", LOGLINEAR = "source+loglinear-family",
            RESIDUAL = "source+family+residual-gbt", FAMILY_GBT = "source+family+gbt-with-source",
            FEATURE = "gbt+source-feature", TARGET = "gbt-target-only", TARGET_SCALED = "gbt/scaled-target-only",
            SOURCE_LAW = "source+power-law", SOURCE_LAW_GBT = "source+power-law+gbt",
            RATIO_TREES = "source+ratio-extra-trees", TARGET_GP = "gp-target-only";
    public static final List<String> CANDIDATES = List.of(SCALE, FAMILY, LOGLINEAR, SOURCE_LAW, RESIDUAL, FAMILY_GBT,
            SOURCE_LAW_GBT, RATIO_TREES, FEATURE, TARGET, TARGET_SCALED, TARGET_GP);

    private final String device;
    private final LatencyPredictor source;
    private final String sourceName;
    private final String method;
    private final ScaleModel scale;       // null for FEATURE and TARGET
    private final GbtModel trees;         // residual trees (RESIDUAL, FAMILY_GBT, TARGET_SCALED, RATIO_TREES as their mean), the whole model (FEATURE, TARGET), else null
    private final LogLinear law;          // the power law of TARGET_SCALED, SOURCE_LAW and SOURCE_LAW_GBT, else null
    private final LatencyPredictor gp;    // the Gaussian process of TARGET_GP, else null
    private final int rows;
    private final int folds;
    private final List<CvRow> cv;

    TransferPredictor(String device, LatencyPredictor source, String sourceName, String method, ScaleModel scale,
                      GbtModel trees, int rows, int folds, List<CvRow> cv) {
        this(device, source, sourceName, method, scale, trees, null, rows, folds, cv);
    }

    TransferPredictor(String device, LatencyPredictor source, String sourceName, String method, ScaleModel scale,
                      GbtModel trees, LogLinear law, int rows, int folds, List<CvRow> cv) {
        this(device, source, sourceName, method, scale, trees, law, null, rows, folds, cv);
    }

    TransferPredictor(String device, LatencyPredictor source, String sourceName, String method, ScaleModel scale,
                      GbtModel trees, LogLinear law, LatencyPredictor gp, int rows, int folds, List<CvRow> cv) {
        if (!CANDIDATES.contains(method)) throw new IllegalArgumentException("unknown transfer method '" + method + "'");
        if (method.equals(TARGET_GP) && gp == null) throw new IllegalArgumentException(method + " needs its Gaussian process");
        if (needsTrees(method) && trees == null) throw new IllegalArgumentException(method + " needs trees");
        if (needsScale(method) && scale == null) throw new IllegalArgumentException(method + " needs a scale");
        if (usesLaw(method) && law == null) throw new IllegalArgumentException(method + " needs its power law");
        this.device = device;
        this.source = source;
        this.sourceName = sourceName;
        this.method = method;
        this.scale = scale;
        this.trees = trees;
        this.law = usesLaw(method) ? law : null;
        this.gp = method.equals(TARGET_GP) ? gp : null;
        this.rows = rows;
        this.folds = folds;
        this.cv = List.copyOf(cv);
    }

    static boolean needsTrees(String method) {
        return method.equals(RESIDUAL) || method.equals(FAMILY_GBT) || method.equals(FEATURE) || method.equals(TARGET)
                || method.equals(TARGET_SCALED) || method.equals(SOURCE_LAW_GBT) || method.equals(RATIO_TREES);
    }

    /** Methods with a power law of the layer sizes: under target-only trees, or beside the scaled source. */
    static boolean usesLaw(String method) {
        return method.equals(TARGET_SCALED) || sourceLaw(method);
    }

    /** The source-informed power law: log target = law(sizes) + w · log source + family offsets (+ trees). */
    static boolean sourceLaw(String method) {
        return method.equals(SOURCE_LAW) || method.equals(SOURCE_LAW_GBT);
    }

    static boolean needsScale(String method) {
        return !method.equals(FEATURE) && !targetOnly(method);
    }

    /** Candidates that use the target rows alone (no source): left out of the disagreement ensemble. */
    static boolean targetOnly(String method) {
        return method.equals(TARGET) || method.equals(TARGET_SCALED) || method.equals(TARGET_GP);
    }

    /** Whether the method's trees also see the log source prediction. */
    static boolean treesSeeSource(String method) {
        return method.equals(FEATURE) || method.equals(FAMILY_GBT) || method.equals(RATIO_TREES);
    }

    /** Features of the trees that see the source ({@link #treesSeeSource}): the layer features, then the log source prediction. */
    static double[] featureRow(LayerConfig c, double logSource) {
        double[] x = new double[LayerFeatures.COUNT + 1];
        LayerFeatures.fill(c, x);
        x[LayerFeatures.COUNT] = logSource;
        return x;
    }

    static double logSource(LatencyPredictor source, LayerConfig c) {
        return Math.log(Math.max(source.predictLayer(c), 1e-9));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String device() {
        return device;
    }

    @Override
    public double predictLayer(LayerConfig layer) {
        if (gp != null) return gp.predictLayer(layer);
        double ls = logSource(source, layer);
        double v;
        if (method.equals(FEATURE)) {
            v = trees.predict(featureRow(layer, ls));
        } else if (method.equals(TARGET)) {
            v = trees.predict(LayerFeatures.of(layer));
        } else if (method.equals(TARGET_SCALED)) {
            v = law.predictLog(layer) + trees.predict(LayerFeatures.of(layer));
        } else {
            v = scale.predictLog(layer, ls);
            if (law != null) v += law.predictLog(layer);
            if (trees != null) v += trees.predict(treesSeeSource(method) ? featureRow(layer, ls) : LayerFeatures.of(layer));
        }
        return Math.exp(v);
    }

    /** Keys the source knows are predicted from it; the target rows need not cover every key. */
    @Override
    public boolean covers(ConfigKey key) {
        return source.covers(key);
    }

    /** The source device's predictor this one corrects. */
    public LatencyPredictor source() {
        return source;
    }

    /** Where the source came from: its device and file, as given when training. */
    public String sourceName() {
        return sourceName;
    }

    /** The candidate cross-validation chose. */
    public String method() {
        return method;
    }

    ScaleModel scale() {
        return scale;
    }

    /** The power law of {@link #TARGET_SCALED}, {@link #SOURCE_LAW} and {@link #SOURCE_LAW_GBT}, else null. */
    LogLinear law() {
        return law;
    }

    GbtModel trees() {
        return trees;
    }

    /** The Gaussian process of {@link #TARGET_GP}, else null. */
    LatencyPredictor gp() {
        return gp;
    }

    /** Target rows it was trained on. */
    public int rows() {
        return rows;
    }

    public int folds() {
        return folds;
    }

    /** Out-of-fold MAPE and ±10 % accuracy of every candidate on the target rows. */
    public List<CvRow> crossValidation() {
        return cv;
    }

    /** One-paragraph account: source, target rows, the choice and the CV table. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        // the source's name says what it is (TransferBase.name: file, kind or rows, device)
        sb.append("transfer from ").append(sourceName).append(" to '").append(device).append("' with ").append(rows)
                .append(" target rows: ").append(method);
        if (folds > 0) {
            int reps = TransferTrainer.repeats(rows);
            sb.append(", chosen by ").append(folds).append("-fold cross-validation on the target rows")
                    .append(reps > 1 ? " repeated " + reps + "×" : "")
                    .append(rows < CvChoice.FEW ? " (the better of " + SOURCE_LAW + " and " + RATIO_TREES
                            + " unless another beats it by one standard error)" : "");
        }
        sb.append('\n');
        for (CvRow r : cv) {
            sb.append(String.format("  %s %-30s MAPE %7.2f %%  ±10%% %6.1f %%%n", r.candidate().equals(method) ? "*" : " ",
                    r.candidate(), r.mape(), r.acc10()));
        }
        return sb.toString();
    }
}
