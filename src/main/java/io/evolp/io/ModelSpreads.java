package io.evolp.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The measurement noise recorded next to measured models, one value per model in file order: the
 * standard deviation in ms from {@code noise_sd_ms} or {@code sd_ms}, else {@code iqr_ms}/1.349 (what
 * {@code evolp measure-model --json} writes), else NaN (unknown). Read separately from
 * {@link ModelJson} because a model is the same model whatever its measurement's noise was.
 */
public final class ModelSpreads {

    private ModelSpreads() {
    }

    /** One sd per model of a JSON-lines file (or a single-model file); NaN where nothing is recorded. */
    public static double[] read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        boolean jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || lines.size() > 1 && lines.stream().allMatch(l -> l.strip().startsWith("{") && l.strip().endsWith("}"));
        List<String> records = jsonLines ? lines : List.of(text);
        double[] out = new double[records.size()];
        for (int i = 0; i < out.length; i++) out[i] = sd(parse(records.get(i)));
        return out;
    }

    /** A line that does not parse gives NaN here: {@link ModelJson} reports it with its position. */
    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private static double sd(JsonNode o) {
        if (o == null) return Double.NaN;
        for (String f : new String[]{"noise_sd_ms", "sd_ms"}) {
            double v = o.path(f).asDouble(Double.NaN);
            if (v > 0 && Double.isFinite(v)) return v;
        }
        double iqr = o.path("iqr_ms").asDouble(Double.NaN);
        return iqr > 0 && Double.isFinite(iqr) ? iqr / 1.349 : Double.NaN;
    }
}
