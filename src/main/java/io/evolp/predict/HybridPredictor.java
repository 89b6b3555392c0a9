package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;

import java.util.List;

/**
 * EvoLP's per-key nets where a key has enough rows, the global boosted trees elsewhere, combined in
 * the variant an inner cross-validation on the training rows prefers:
 * <ul>
 *   <li>{@code evolp} — nets and global trees as they are;</li>
 *   <li>{@code hybrid/residual} — a second boosted-tree learner corrects log(measured / nets), which
 *       captures alignment steps a smooth per-key net cannot follow;</li>
 *   <li>{@code hybrid/blend} — the geometric mean of nets and global trees.</li>
 * </ul>
 * Nets keep evolp's extrapolation to larger channel counts; the trees keep the steps.
 */
public final class HybridPredictor implements LatencyPredictor {

    public static final String KIND = "hybrid";
    static final List<String> VARIANTS = List.of(Candidates.EVOLP, Candidates.RESIDUAL, Candidates.BLEND);
    static final int FOLDS = 3;

    private final EvolpPredictor nets;
    private final GbtPredictor residual; // only for hybrid/residual
    private final String variant;
    private final List<CvRow> cv;

    HybridPredictor(EvolpPredictor nets, GbtPredictor residual, String variant, List<CvRow> cv) {
        if (!VARIANTS.contains(variant)) throw new IllegalArgumentException("unknown hybrid variant " + variant);
        if (variant.equals(Candidates.RESIDUAL) && residual == null) throw new IllegalArgumentException("residual learner missing");
        if (nets.global() == null) throw new IllegalArgumentException("hybrid needs nets with a global learner");
        this.nets = nets;
        this.residual = variant.equals(Candidates.RESIDUAL) ? residual : null;
        this.variant = variant;
        this.cv = List.copyOf(cv);
    }

    static HybridPredictor train(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        List<CvRow> cv = List.of();
        String variant = Candidates.EVOLP;
        if (data.size() >= 30) {
            cv = Candidates.crossValidate(data, VARIANTS, Candidates.folds(FOLDS, data.size()), opts, pm);
            variant = Candidates.best(cv).candidate();
        }
        return fitted(data, opts, variant, cv, pm);
    }

    /** The given variant trained on all of {@code data} (auto, after its own cross-validation). */
    static HybridPredictor fitted(LayerDataset data, TrainOptions opts, String variant, List<CvRow> cv, ProgressMonitor pm) {
        pm.progress(0, 1, "training " + variant + " on all rows");
        Candidates parts = Candidates.train(data, opts, false, variant.equals(Candidates.RESIDUAL), pm);
        pm.progress(1, 1, "trained " + variant);
        return new HybridPredictor(parts.evolp, parts.residual, variant, cv);
    }

    /** The variant cross-validation chose: evolp, hybrid/residual or hybrid/blend. */
    EvolpPredictor nets() {
        return nets;
    }

    /** The residual learner (variant residual only), else null. */
    GbtPredictor residual() {
        return residual;
    }

    public String variant() {
        return variant;
    }

    /** The inner cross-validation table (empty when the data was too small for one). */
    public List<CvRow> crossValidation() {
        return cv;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String device() {
        return nets.device();
    }

    @Override
    public double predictLayer(LayerConfig layer) {
        double p = nets.predictLayer(layer);
        return switch (variant) {
            case Candidates.RESIDUAL -> p * Math.exp(residual.predictLog(layer));
            case Candidates.BLEND -> Math.sqrt(p * nets.global().predictLayer(layer));
            default -> p;
        };
    }

    @Override
    public boolean covers(ConfigKey key) {
        return nets.covers(key);
    }

}
