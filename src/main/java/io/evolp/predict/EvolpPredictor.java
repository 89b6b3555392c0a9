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
 * <p>Fallbacks:
 * <ul>
 *   <li>A key with fewer than {@link TrainOptions#minSamplesPerKey()} rows (or with one latency
 *       value only) gets a least-squares line of latency on MACs through its points; a single
 *       row means proportional scaling by MACs.</li>
 *   <li>A key whose every net attempt was rejected by the blow-up guard also gets the MAC line.</li>
 *   <li>A key the data does not cover is predicted from the nearest covered key (same
 *       depthwise-ness, closest input size, kernel, stride) scaled by the MAC ratio; {@link #covers}
 *       is false for it, so {@code predictModel} lists it in {@code unseenKeys}.</li>
 * </ul>
 */
public final class EvolpPredictor extends KeyedPredictor {

    public static final String KIND = "evolp";

    EvolpPredictor(String device, Map<ConfigKey, KeyModel> models, MacLine general) {
        super(device, models, general);
    }

    @Override
    public String kind() {
        return KIND;
    }

    static EvolpPredictor train(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        Map<ConfigKey, KeySamples> byKey = KeySamples.byKey(data);
        MlpFitter fitter = new MlpFitter(opts.restarts(), opts.maxEpochs(), opts.validationFraction());
        Map<ConfigKey, KeyModel> models = new LinkedHashMap<>();
        int done = 0;
        for (KeySamples s : byKey.values()) {
            pm.checkCancelled();
            pm.progress(done, byKey.size(), "training " + s.key().label() + " (" + s.size() + " rows)");
            models.put(s.key(), trainKey(s, opts, fitter));
            done++;
        }
        pm.progress(done, byKey.size(), "trained " + done + " keys");
        return new EvolpPredictor(data.device(), models, KeySamples.generalLine(data));
    }

    /** This predictor with only {@code keys} retrained on {@code data} (which holds all rows of the device). */
    EvolpPredictor retrainKeys(LayerDataset data, Set<ConfigKey> keys, TrainOptions opts, ProgressMonitor pm) {
        MlpFitter fitter = new MlpFitter(opts.restarts(), opts.maxEpochs(), opts.validationFraction());
        return new EvolpPredictor(device(), retrainedModels(data, keys, s -> trainKey(s, opts, fitter), pm),
                KeySamples.generalLine(data));
    }

    private static KeyModel trainKey(KeySamples s, TrainOptions opts, MlpFitter fitter) {
        int n = s.size();
        if (n < opts.minSamplesPerKey()) return MacLine.fit(s.macs(), s.latency());
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
        if (!(tMax - tMin > 1e-12 * tMax)) return MacLine.fit(s.macs(), s.latency());
        double[] x1 = new double[n], x2 = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = NetKeyModel.scale(s.cin()[i], cinMin, cinMax);
            x2[i] = dw ? 0 : NetKeyModel.scale(s.cout()[i], coutMin, coutMax);
            y[i] = NetKeyModel.scale(t[i], tMin, tMax);
        }
        final double a = cinMin, b = cinMax, c = coutMin, d = coutMax, e = tMin, f = tMax;
        MlpFitter.Fit fit = fitter.fit(x1, x2, y, keySeed(opts.seed(), s.key()),
                w -> new NetKeyModel(w, a, b, c, d, e, f, dw, n, Double.NaN).saneOnBox());
        if (!fit.accepted()) return MacLine.fit(s.macs(), s.latency());
        return new NetKeyModel(fit.params(), a, b, c, d, e, f, dw, n, fit.validationMse());
    }

    /** Per-key seed independent of training order (String.hashCode is specified, so stable). */
    static long keySeed(long seed, ConfigKey key) {
        long z = seed * 0x9E3779B97F4A7C15L + key.label().hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 27);
    }

    static EvolpPredictor read(String device, JsonFields f) {
        Map<ConfigKey, KeyModel> models = readKeys(f, item -> {
            String model = item.text("model");
            return switch (model) {
                case NetKeyModel.MODEL -> NetKeyModel.read(item);
                case MacLine.MODEL -> MacLine.read(item);
                default -> throw item.field("model").fail("unknown key model '" + model + "' (expected mlp or mac_line)");
            };
        });
        return new EvolpPredictor(device, models, readGeneral(f));
    }
}
