package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;

import java.util.List;

/**
 * A predictor kind chosen per dataset: k-fold cross-validation on the rows it is trained on — and
 * only those; an evaluation's test rows never reach it — scores every candidate of
 * {@link Candidates} (evolp, gbt, gbt/free, forest, hybrid/residual, hybrid/blend, gbt/scaled,
 * forest/extra, and gp up to {@value #GP_ROWS} rows), and the one with the
 * lowest MAPE is trained on all rows. The file records the winner and the whole CV table, so a
 * user can see why, and how close the others came.
 */
public final class AutoPredictor implements LatencyPredictor {

    public static final String KIND = "auto";
    static final List<String> CANDIDATES = List.of(Candidates.EVOLP, Candidates.GBT, Candidates.GBT_FREE, Candidates.FOREST,
            Candidates.RESIDUAL, Candidates.BLEND, Candidates.SCALED, Candidates.EXTRA, Candidates.GP);
    static final int FOLDS = 5;
    /** Below this many rows cross-validation says little; auto then takes gbt. */
    static final int SMALL = 20;
    /**
     * Above this many rows auto uses 3 folds instead of {@value #FOLDS} and leaves out the forest,
     * whose training cost grows fastest and which trailed gbt on every dataset tried (4 measured
     * ONNX Runtime CPU sets, simulated VGG16); training stays within seconds.
     */
    static final int LARGE = 1500;
    /**
     * Up to this many rows auto also cross-validates a Gaussian process ({@link GpPredictor}), the
     * learner for few rows. Its training is cubic in the rows, and by about 230 measured CPU layers
     * the trees had caught up with it (ResNet-50, 87.6 % within ±10 % both), so larger sets do not
     * pay for it.
     */
    static final int GP_ROWS = 250;

    private final LatencyPredictor chosen;
    private final String candidate;
    private final int folds;
    private final List<CvRow> cv;

    AutoPredictor(LatencyPredictor chosen, String candidate, int folds, List<CvRow> cv) {
        this.chosen = chosen;
        this.candidate = candidate;
        this.folds = folds;
        this.cv = List.copyOf(cv);
    }

    static AutoPredictor train(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        if (data.size() < SMALL) {
            return new AutoPredictor(GbtPredictor.train(data, opts, pm), Candidates.GBT, 0, List.of());
        }
        // Larger sets give each fold plenty of rows: 3 folds there keep training time in bounds.
        int k = Candidates.folds(data.size() > LARGE ? 3 : FOLDS, data.size());
        List<String> candidates = candidatesFor(data.size());
        List<CvRow> cv = Candidates.crossValidate(data, candidates, k, opts, pm);
        String winner = Candidates.best(cv).candidate();
        pm.progress(k, k + 1, "training the winner, " + winner + ", on all rows");
        LatencyPredictor p = switch (winner) {
            // As in the cross-validation: evolp's fallback is the fully tuned gbt.
            case Candidates.EVOLP -> EvolpPredictor.train(data, opts, GbtPredictor.train(data, opts, ProgressMonitor.NONE),
                    ProgressMonitor.NONE);
            case Candidates.GBT -> GbtPredictor.train(data, opts, ProgressMonitor.NONE);
            case Candidates.GBT_FREE -> GbtPredictor.trainFree(data, opts, ProgressMonitor.NONE);
            case Candidates.SCALED -> GbtPredictor.trainScaled(data, opts, ProgressMonitor.NONE);
            case Candidates.EXTRA -> ForestPredictor.trainExtra(data, opts, ProgressMonitor.NONE);
            case Candidates.FOREST -> ForestPredictor.train(data, opts, ProgressMonitor.NONE);
            case Candidates.GP -> GpPredictor.train(data, opts, ProgressMonitor.NONE);
            default -> HybridPredictor.fitted(data, opts, winner, cv, ProgressMonitor.NONE);
        };
        pm.progress(k + 1, k + 1, "auto chose " + winner);
        return new AutoPredictor(p, winner, k, cv);
    }

    /** The candidates cross-validated on {@code rows} rows: no forest above {@link #LARGE}, no gp above {@link #GP_ROWS}. */
    static List<String> candidatesFor(int rows) {
        return CANDIDATES.stream()
                .filter(c -> !(rows > LARGE && c.equals(Candidates.FOREST)))
                .filter(c -> !(rows > GP_ROWS && c.equals(Candidates.GP)))
                .toList();
    }

    /** The candidate cross-validation chose (one of {@link #CANDIDATES}). */
    public String chosenCandidate() {
        return candidate;
    }

    /** The trained predictor of the chosen kind. */
    public LatencyPredictor chosen() {
        return chosen;
    }

    /** Out-of-fold MAPE and ±10 % accuracy of every candidate on the training rows. */
    public List<CvRow> crossValidation() {
        return cv;
    }

    public int folds() {
        return folds;
    }

    /** The CV table as text, the winner marked with '*'. */
    public String describe() {
        if (cv.isEmpty()) return "auto chose " + candidate + " (too few rows for cross-validation)\n";
        return "auto chose " + candidate + " by " + folds + "-fold cross-validation on the training rows:\n"
                + CvTable.format(cv, candidate);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String device() {
        return chosen.device();
    }

    @Override
    public double predictLayer(LayerConfig layer) {
        return chosen.predictLayer(layer);
    }

    @Override
    public ModelPrediction predictModel(ModelSpec model) {
        return chosen.predictModel(model);
    }

    @Override
    public boolean covers(ConfigKey key) {
        return chosen.covers(key);
    }

}
