package io.evolp.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The measurement noise recorded next to measured models, one value per model in file order: a
 * standard deviation in ms, NaN where nothing is recorded (unknown). Read separately from
 * {@link ModelJson} because a model is the same model whatever its measurement's noise was.
 *
 * <p>Sources, most direct first: {@code noise_sd_ms} or {@code sd_ms} as given; otherwise the larger
 * of the runs' spread ({@code iqr_ms}/1.349, or the IQR of {@code runs_ms}) and the sd of the
 * {@code round_medians_ms} — what {@code evolp measure-model --json} writes. Why the larger: the runs
 * of one session agree far more closely than sessions do (DESIGN §4b: ±2 % within, up to ±17 %
 * between on a busy machine), and a correction that believed the within-session spread would trust a
 * busy device's points. Last, {@code spread_ms} with {@code count} — the range of that many runs —
 * divided by the expected range of as many normal draws.
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

    static double sd(JsonNode o) {
        if (o == null) return Double.NaN;
        for (String f : new String[]{"noise_sd_ms", "sd_ms"}) {
            double v = o.path(f).asDouble(Double.NaN);
            if (v > 0 && Double.isFinite(v)) return v;
        }
        double runs = positive(o.path("iqr_ms").asDouble(Double.NaN)) / 1.349;
        if (Double.isNaN(runs)) runs = iqr(numbers(o.path("runs_ms"))) / 1.349;
        double rounds = sampleSd(numbers(o.path("round_medians_ms")));
        double best = Double.isNaN(runs) ? rounds : Double.isNaN(rounds) ? runs : Math.max(runs, rounds);
        if (!Double.isNaN(best)) return best;
        double range = positive(o.path("spread_ms").asDouble(Double.NaN));
        int count = o.path("count").asInt(0);
        return count >= 2 ? range / expectedRange(count) : Double.NaN;
    }

    /** The finite numbers of a JSON array (empty for anything else). */
    private static double[] numbers(JsonNode a) {
        if (!a.isArray()) return new double[0];
        double[] out = new double[a.size()];
        int n = 0;
        for (JsonNode x : a) {
            double v = x.isNumber() ? x.asDouble() : Double.NaN;
            if (Double.isFinite(v) && v > 0) out[n++] = v;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static double positive(double v) {
        return v > 0 && Double.isFinite(v) ? v : Double.NaN;
    }

    /** Interquartile range (linear interpolation) of four or more values, else NaN. */
    private static double iqr(double[] x) {
        if (x.length < 4) return Double.NaN;
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return positive(quantile(s, 0.75) - quantile(s, 0.25));
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Sample standard deviation of two or more values, else NaN (0 counts as unknown too). */
    private static double sampleSd(double[] x) {
        if (x.length < 2) return Double.NaN;
        double mean = 0, ss = 0;
        for (double v : x) mean += v / x.length;
        for (double v : x) ss += (v - mean) * (v - mean);
        return positive(Math.sqrt(ss / (x.length - 1)));
    }

    /** n of {@link #RANGE} (exact values of d2 from quality-control tables). */
    private static final int[] RANGE_N = {2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 50, 100, 200, 500, 1000};
    private static final double[] RANGE = {1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.472,
            3.735, 3.931, 4.086, 4.498, 5.015, 5.492, 6.073, 6.483};

    /** Expected range of n standard normal draws: the table, linear in ln n between its entries and beyond. */
    static double expectedRange(int n) {
        int last = RANGE_N.length - 1;
        int i = 1;
        while (i < last && RANGE_N[i] < n) i++;
        double x0 = Math.log(RANGE_N[i - 1]), x1 = Math.log(RANGE_N[i]);
        return RANGE[i - 1] + (Math.log(n) - x0) / (x1 - x0) * (RANGE[i] - RANGE[i - 1]);
    }
}
