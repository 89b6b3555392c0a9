package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.predict.mlp.MlpFitter;
import io.evolp.task.ProgressMonitor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The EvoLP predictor (DESIGN §1.4): one 2-2-4-1 tanh net per configuration key on
 * {@code t = latency^(-1/8)}, trained with Levenberg–Marquardt, restarts and early stopping on a
 * validation split ({@link MlpFitter}), guarded against the t^-8 blow-up ({@link NetKeyModel}).
 *
 * <p>Fallbacks go to a global learner, gradient-boosted trees on all rows of the device
 * ({@link GbtPredictor}), which sees the key's own rows and those of similar keys:
 * <ul>
 *   <li>a key with fewer than {@link TrainOptions#minSamplesPerKey()} rows (a single row included),
 *       with one latency value only, or whose every net attempt was rejected by the blow-up guard;</li>
 *   <li>a key the data does not cover; {@link #covers} is false for it, so {@code predictModel}
 *       lists it in {@code unseen_keys}.</li>
 * </ul>
 * Predictors read from format-1 files have no global learner and keep their MAC lines and the
 * nearest-key scaling of unseen keys.
 */
public final class EvolpPredictor extends KeyedPredictor {

    public static final String KIND = "evolp";

    private final GbtPredictor global; // null in predictors from format-1 files

    EvolpPredictor(String device, Map<ConfigKey, KeyModel> models, MacLine general, GbtPredictor global) {
        super(device, models, general);
        this.global = global;
    }

    /** The global learner, or null for predictors from files written before it existed. */
    GbtPredictor global() {
        return global;
    }

    @Override
    double predictUnseen(io.evolp.core.LayerConfig layer) {
        return global != null ? global.predictLayer(layer) : super.predictUnseen(layer);
    }

    @Override
    public String kind() {
        return KIND;
    }

    static EvolpPredictor train(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        return train(data, opts, GbtPredictor.trainQuick(data, opts), pm);
    }

    /** evolp with a given global learner (hybrid and auto share one per training set). */
    static EvolpPredictor train(LayerDataset data, TrainOptions opts, GbtPredictor global, ProgressMonitor pm) {
        Map<ConfigKey, KeySamples> byKey = KeySamples.byKey(data);
        MlpFitter fitter = new MlpFitter(opts.restarts(), opts.maxEpochs(), opts.validationFraction());
        Map<ConfigKey, KeyModel> models = new LinkedHashMap<>();
        int done = 0;
        for (KeySamples s : byKey.values()) {
            pm.checkCancelled();
            pm.progress(done, byKey.size(), "training " + s.key().label() + " (" + s.size() + " rows)");
            models.put(s.key(), trainKey(s, opts, fitter, global));
            done++;
        }
        pm.progress(done, byKey.size(), "trained " + done + " keys");
        return new EvolpPredictor(data.device(), models, KeySamples.generalLine(data), global);
    }

    /** This predictor with only {@code keys} retrained on {@code data} (which holds all rows of the device). */
    EvolpPredictor retrainKeys(LayerDataset data, Set<ConfigKey> keys, TrainOptions opts, ProgressMonitor pm) {
        MlpFitter fitter = new MlpFitter(opts.restarts(), opts.maxEpochs(), opts.validationFraction());
        // The global learner sees all rows, so new rows of any key change it: retrain it too.
        GbtPredictor g = global == null ? null : GbtPredictor.trainQuick(data, opts);
        Map<ConfigKey, KeyModel> next = retrainedModels(data, keys, s -> trainKey(s, opts, fitter, g), pm);
        if (g != null) next.replaceAll((k, m) -> m instanceof GlobalKeyModel gm ? new GlobalKeyModel(g, gm.samples()) : m);
        return new EvolpPredictor(device(), next, KeySamples.generalLine(data), g);
    }

    private static KeyModel fallback(KeySamples s, GbtPredictor global) {
        return global != null ? new GlobalKeyModel(global, s.size()) : MacLine.fit(s.macs(), s.latency());
    }

    private static KeyModel trainKey(KeySamples s, TrainOptions opts, MlpFitter fitter, GbtPredictor global) {
        int n = s.size();
        if (n < opts.minSamplesPerKey()) return fallback(s, global);
        boolean dw = s.key().depthwise();
        double cinMin = Double.POSITIVE_INFINITY, cinMax = 0, coutMin = Double.POSITIVE_INFINITY, coutMax = 0;
        double tMin = Double.POSITIVE_INFINITY, tMax = 0;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            cinMin = Math.min(cinMin, s.cin()[i]);
            cinMax = Math.max(cinMax, s.cin()[i]);
            coutMin = Math.min(coutMin, s.cout()[i]);
            coutMax = Math.max(coutMax, s.cout()[i]);
            t[i] = NetKeyModel.target(s.latency()[i]);
            tMin = Math.min(tMin, t[i]);
            tMax = Math.max(tMax, t[i]);
        }
        if (!(tMax - tMin > 1e-12 * tMax)) return fallback(s, global);
        double[] x1 = new double[n], x2 = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = NetKeyModel.scale(s.cin()[i], cinMin, cinMax);
            x2[i] = dw ? 0 : NetKeyModel.scale(s.cout()[i], coutMin, coutMax);
            y[i] = NetKeyModel.scale(t[i], tMin, tMax);
        }
        final double a = cinMin, b = cinMax, c = coutMin, d = coutMax, e = tMin, f = tMax;
        MlpFitter.Fit fit = fitter.fit(x1, x2, y, keySeed(opts.seed(), s.key()),
                w -> new NetKeyModel(w, a, b, c, d, e, f, dw, n, Double.NaN).saneOnBox());
        if (!fit.accepted()) return fallback(s, global);
        return new NetKeyModel(fit.params(), a, b, c, d, e, f, dw, n, fit.validationMse());
    }

    /** Per-key seed independent of training order (String.hashCode is specified, so stable). */
    static long keySeed(long seed, ConfigKey key) {
        long z = seed * 0x9E3779B97F4A7C15L + key.label().hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 27);
    }

}
