package io.evolp.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.LayerLimits;

import java.util.Set;

/**
 * The fields a model file may hold (DESIGN §3), for {@link JsonShape}'s strict check.
 *
 * <p>PyTorch's own names {@code kernel_size}, {@code stride} and {@code padding} are accepted as
 * synonyms of {@code k}, {@code s}, {@code p}: they are what a user copying from a {@code Conv2d}
 * writes, and their meaning is unambiguous (giving both spellings is refused). {@code dilation} is
 * accepted only as 1: the predictors model undilated convs, and ignoring it silently predicted the
 * wrong layer.
 */
final class ModelShape {

    private static final Set<String> CHANNEL_FIELDS = Set.of("cin", "cout", "groups", "widths");

    /**
     * Field names and nulls only: the model reader checks types and ranges itself, with messages
     * that name the conv or layer ("conv 1: \"s\" must be …", "width of conv2_2 …").
     */
    static final JsonShape MODEL = JsonShape.object()
            .with("name", JsonShape.any())
            .with("arch", JsonShape.any())
            .with("widths", JsonShape.oneOf(JsonShape.arrayOf(JsonShape.any()), JsonShape.any()))
            .with("convs", JsonShape.oneOf(JsonShape.arrayOf(conv()), JsonShape.any()))
            .with("latency_ms", JsonShape.any())
            // the measurement's noise next to latency_ms, read by ModelSpreads (evolve-eval, evolve)
            .with("sd_ms", JsonShape.any()).with("noise_sd_ms", JsonShape.any()).with("iqr_ms", JsonShape.any())
            .with("round_medians_ms", JsonShape.opaque()).with("runs_ms", JsonShape.opaque())
            .with("spread_ms", JsonShape.opaque()).with("count", JsonShape.opaque())
            // the rest of what `measure-model --json` writes: its output is a measured-model file as it
            // stands (evolve-eval refused it for its spread_ms); read by nothing here, kept for people
            .with("min_ms", JsonShape.opaque()).with("q1_ms", JsonShape.opaque()).with("q3_ms", JsonShape.opaque())
            .with("max_ms", JsonShape.opaque()).with("timestamp", JsonShape.opaque()).with("source", JsonShape.opaque())
            .with("simulated", JsonShape.opaque()).with("note", JsonShape.opaque()).with("facts", JsonShape.opaque())
            .with("device", JsonShape.opaque())
            .with("gammas", JsonShape.oneOf(JsonShape.mapOf(JsonShape.oneOf(JsonShape.arrayOf(JsonShape.any()),
                    JsonShape.any())), JsonShape.any()));

    private ModelShape() {
    }

    /** One conv of an explicit model (also the layer of an agent request). */
    static JsonShape conv() {
        JsonShape intOrPair = JsonShape.oneOf(JsonShape.arrayOf(JsonShape.any()), JsonShape.any());
        return JsonShape.oneOf(JsonShape.object()
                .with("input_size", JsonShape.any())
                .with("cin", JsonShape.any())
                .with("cout", JsonShape.any())
                .with("k", intOrPair).with("kernel_size", intOrPair)
                .with("s", intOrPair).with("stride", intOrPair)
                .with("p", intOrPair).with("padding", intOrPair)
                .with("dilation", intOrPair)
                .with("groups", JsonShape.any())
                .with("bias", JsonShape.any()), JsonShape.any());
    }

    /** Which spelling of a field the conv uses: {@code shortName} unless only {@code longName} is given. */
    static String name(JsonNode conv, String shortName, String longName, String at, ModelJsonReader r) {
        if (!conv.has(longName)) return shortName;
        if (conv.has(shortName)) {
            throw r.fail(at + "/" + longName, "give \"" + shortName + "\" or \"" + longName + "\" (its PyTorch name), not both");
        }
        return longName;
    }

    /** The upper limit for the integer at {@code pointer} (channels vs. spatial sizes). */
    static int max(String pointer) {
        String[] segs = pointer.split("/");
        for (int i = segs.length - 1; i >= 0; i--) {
            if (!segs[i].isEmpty() && !segs[i].chars().allMatch(Character::isDigit)) {
                return CHANNEL_FIELDS.contains(segs[i]) ? LayerLimits.MAX_CHANNELS : LayerLimits.MAX_SPATIAL;
            }
        }
        return LayerLimits.MAX_SPATIAL;
    }
}
