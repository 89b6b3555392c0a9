package io.evolp.io;

import io.evolp.core.Latencies;

import java.util.Map;

import static io.evolp.io.JsonShape.any;
import static io.evolp.io.JsonShape.arrayOf;
import static io.evolp.io.JsonShape.bool;
import static io.evolp.io.JsonShape.integer;
import static io.evolp.io.JsonShape.number;
import static io.evolp.io.JsonShape.object;
import static io.evolp.io.JsonShape.string;

/**
 * The strict shapes of the file formats whose readers live outside {@code io} (predictors, evolved
 * predictors, channel-importance files), checked once on the parsed tree by a one-line hook in each
 * loader. Extend the maps here when a new predictor kind or history field appears: a kind without an
 * entry is only checked by its own reader.
 *
 * <p>Besides unknown fields, nulls and wrong types, the numbers that feed a prediction are bounded
 * so that a loaded predictor can never predict a negative, zero or non-finite latency: table
 * latencies lie in the accepted latency range, MAC-line slopes are ≥ 0 and their floors > 0
 * (the line predicts {@code max(a·MACs + b, floor)}), history latencies are real latencies.
 */
public final class FormatShapes {

    private static JsonShape latency() {
        return number().above(0).atMost(Latencies.MAX_MS);
    }

    /** {@code max(a·MACs + b, floor)}: positive whenever a ≥ 0 and floor > 0. */
    private static JsonShape macLine(JsonShape o) {
        return o.with("a", number().atLeast(0)).with("b", number().atLeast(-Latencies.MAX_MS).atMost(Latencies.MAX_MS))
                .with("floor", latency()).with("samples", integer().atLeast(0));
    }

    /** One entry of "keys": an MLP (evolp), a MAC line (evolp fallback) or a lookup table (lut). */
    private static JsonShape keyModel() {
        return macLine(object()).with("key", string()).with("model", string())
                .with("depthwise", bool())
                .with("cin", arrayOf(number().atLeast(1)))
                .with("cout", arrayOf(number().atLeast(1)))
                .with("t", arrayOf(number().above(0)))
                .with("weights", arrayOf(number()))
                .with("validation_mse", number().atLeast(0))
                .with("latency", arrayOf(latency()));
    }

    private static JsonShape header() {
        return object().with("format", integer()).with("kind", string()).with("device", string());
    }

    private static JsonShape keyed() {
        return header().with("keys", arrayOf(keyModel())).with("general", macLine(object()));
    }

    /** Trees over the documented feature set (forest, gbt, evolp's global learner, hybrid residuals). */
    private static JsonShape trees(JsonShape o) {
        return o.with("features", arrayOf(string())).with("feature_version", integer().atLeast(1))
                .with("seen_keys", arrayOf(string())).with("target", string()).with("base", number())
                .with("trees", arrayOf(object().with("feature", arrayOf(integer()))
                        .with("value", arrayOf(number())).with("right", arrayOf(integer()))))
                .with("scale", object().with("features", arrayOf(string())).with("intercept", number())
                        .with("coefficients", arrayOf(number())));
    }

    private static JsonShape evolp() {
        return keyed().with("global", trees(object()));
    }

    private static JsonShape cvTable() {
        return arrayOf(object().with("candidate", string()).with("mape", number().atLeast(0))
                .with("acc10", number().atLeast(0).atMost(100)));
    }

    /** The kinds that stand alone (no nested predictor). */
    private static final Map<String, JsonShape> LEAF_KINDS = Map.of(
            "evolp", evolp(),
            "lut", keyed(),
            "flops", macLine(header()),
            "forest", trees(header()),
            "gbt", trees(header()),
            "hybrid", header().with("variant", string()).with("cv", cvTable())
                    .with("nets", evolp()).with("residual", trees(object())));

    private static final JsonShape PLAIN = JsonShape.select("kind", withAuto());

    /** One whole-model measurement of an evolved predictor's history. */
    public static final JsonShape HISTORY_ENTRY = object()
            .with("family", string()).with("model", string())
            .with("raw_ms", latency()).with("measured_ms", latency())
            .with("spread_ms", number().atLeast(0).atMost(Latencies.MAX_MS))
            .with("noise_sd_ms", number().atLeast(0).atMost(Latencies.MAX_MS))
            .with("source", string()).with("simulated", bool())
            .with("timestamp", JsonShape.timestamp());

    private static final JsonShape EVOLVING = object()
            .with("format", integer()).with("kind", string())
            .with("correction", any())          // correction kinds check their own fields (evolve.CorrectionJson)
            .with("min_family_points", integer().atLeast(1))
            .with("base", PLAIN)
            .with("history", arrayOf(HISTORY_ENTRY));

    /** A predictor file of any kind, plain or evolved (dispatched on "kind"). */
    public static final JsonShape PREDICTOR = JsonShape.select("kind", withEvolving());

    /**
     * A compression session file: its top-level fields. The steps, state, result and settings are
     * checked by the session reader (compress.SessionJson), and the embedded predictor is opaque to
     * the session (checked when it is loaded as a predictor); add their fields here when that format
     * settles.
     */
    public static final JsonShape SESSION = object()
            .with("format", integer())
            .with("settings", any()).with("steps", arrayOf(any())).with("state", any()).with("result", any())
            .with("predictor", JsonShape.opaque());

    /** A channel-importance (BN γ) JSON file: a model file's fields (a model that carries gammas is one). */
    public static final JsonShape IMPORTANCE = ModelShape.MODEL;

    private FormatShapes() {
    }

    /** Plain kinds plus {@code auto}, which wraps the plain predictor it chose. */
    private static Map<String, JsonShape> withAuto() {
        Map<String, JsonShape> m = new java.util.HashMap<>(LEAF_KINDS);
        m.put("auto", header().with("chosen", string()).with("folds", integer().atLeast(1)).with("cv", cvTable())
                .with("predictor", JsonShape.select("kind", LEAF_KINDS)));
        return Map.copyOf(m);
    }

    private static Map<String, JsonShape> withEvolving() {
        Map<String, JsonShape> m = new java.util.HashMap<>(withAuto());
        m.put("evolving", EVOLVING);
        return Map.copyOf(m);
    }
}
