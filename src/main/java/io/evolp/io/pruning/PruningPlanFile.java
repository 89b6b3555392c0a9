package io.evolp.io.pruning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.evolp.io.JsonFiles;
import io.evolp.io.JsonShape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static io.evolp.io.JsonShape.arrayOf;
import static io.evolp.io.JsonShape.bool;
import static io.evolp.io.JsonShape.integer;
import static io.evolp.io.JsonShape.number;
import static io.evolp.io.JsonShape.object;
import static io.evolp.io.JsonShape.string;

/**
 * A pruning plan file ({@code "format": "evolp-pruning-plan", "version": 1}): what a compression
 * session chose — per prunable layer its width and the indices of the kept output channels — and
 * the evidence for it: budget and window, the chosen candidate's prediction with its 90 % band, and
 * every measurement of the session. Written atomically; read strictly (unknown fields, wrong types
 * and a foreign format are refused with file, line, column and field).
 *
 * @param model       the model's name; {@code source} the ONNX file it was imported from, if any
 * @param importance  how the kept channels were chosen
 * @param state       how the session ended (e.g. CONVERGED)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PruningPlanFile(String format, Integer version, String model, String source, String arch, String device,
                              String importance, @JsonProperty("budget_ms") Double budgetMs,
                              @JsonProperty("window_ms") List<Double> windowMs,
                              @JsonProperty("predicted_ms") Double predictedMs, @JsonProperty("band_ms") List<Double> bandMs,
                              @JsonProperty("measured_ms") Double measuredMs, String state, String reason,
                              List<Measurement> measurements, List<Layer> layers, List<String> notes) {

    public static final String FORMAT = "evolp-pruning-plan";
    public static final int VERSION = 1;

    /** One measurement of the session: which step, what kind, the candidate's widths' kept ratio and the result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measurement(Integer step, String kind, @JsonProperty("kept_ratio") Double keptRatio,
                              @JsonProperty("predicted_ms") Double predictedMs,
                              @JsonProperty("median_ms") Double medianMs, @JsonProperty("spread_ms") Double spreadMs,
                              Integer runs, String source, Boolean simulated) {
    }

    /**
     * One prunable layer; {@code kept} is null when no channel importance said which channels to keep.
     *
     * @param requested the width the session chose; {@code width} what the plan keeps (they differ for tied layers)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Layer(Integer index, String name, Integer channels, Integer requested, Integer width, List<Integer> kept,
                        @JsonProperty("tied_with") List<Integer> tiedWith, String note) {
    }

    private static final JsonShape MEASUREMENT = object().with("step", integer().atLeast(0)).with("kind", string())
            .with("kept_ratio", number()).with("predicted_ms", number()).with("median_ms", number())
            .with("spread_ms", number()).with("runs", integer()).with("source", string()).with("simulated", bool());
    private static final JsonShape LAYER = object().with("index", integer().atLeast(0)).with("name", string())
            .with("channels", integer().atLeast(1)).with("requested", integer().atLeast(1))
            .with("width", integer().atLeast(1)).with("kept", arrayOf(integer().atLeast(0)))
            .with("tied_with", arrayOf(integer().atLeast(0))).with("note", string());
    static final JsonShape SHAPE = object().with("format", string()).with("version", integer()).with("model", string())
            .with("source", string()).with("arch", string()).with("device", string()).with("importance", string())
            .with("budget_ms", number().above(0)).with("window_ms", arrayOf(number())).with("predicted_ms", number())
            .with("band_ms", arrayOf(number())).with("measured_ms", number()).with("state", string())
            .with("reason", string()).with("measurements", arrayOf(MEASUREMENT)).with("layers", arrayOf(LAYER))
            .with("notes", arrayOf(string()));

    /** Reads and maps a plan file; the mapper's {@link io.evolp.io.FieldProblem}s are located in the file. */
    public static <R> R read(Path file, Function<PruningPlanFile, R> mapper) throws IOException {
        return JsonFiles.read(file, PruningPlanFile.class, SHAPE, "pruning plan", mapper);
    }

    public static <R> R parse(String text, String name, Function<PruningPlanFile, R> mapper) {
        return JsonFiles.parse(text, name, PruningPlanFile.class, SHAPE, "pruning plan", mapper);
    }

    /** Writes atomically, pretty-printed. */
    public void write(Path file) throws IOException {
        JsonFiles.write(file, this);
    }
}
