package io.evolp.compress;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Architecture;
import io.evolp.io.FieldProblem;
import io.evolp.io.JsonOut;
import io.evolp.io.JsonPositions;
import io.evolp.io.importance.ImportanceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads channel importance (BN γ) files for a model about to be compressed. Two formats:
 *
 * <p><b>JSON</b> ({@code .json}, or any file starting with <code>{</code>):
 * <pre>
 * {"arch": "vgg16",
 *  "gammas": {"conv1_1": [0.91, 0.02, ...], "1": [...], ...}}
 * </pre>
 * {@code gammas} maps each prunable layer — by name ({@code conv1_1}, {@code layer1.0.conv1},
 * {@code block3.pw}, … as {@code Architecture.prunableNames()}) or by 0-based index as a string — to
 * one number per output channel, in channel order. {@code arch} is optional but, when present, must
 * be the model's architecture. Other fields are ignored, so a model file carrying {@code gammas}
 * (see {@code ModelJson}) is also a valid importance file.
 *
 * <p><b>CSV</b> ({@code .csv}): a header naming the columns {@code layer,channel,gamma} (any order,
 * case-insensitive, extra columns ignored), then one row per channel: layer name or index, 0-based
 * channel index, γ. Rows may come in any order; blank lines are skipped.
 * <pre>
 * layer,channel,gamma
 * conv1_1,0,0.91
 * conv1_1,1,0.02
 * </pre>
 *
 * <p>Both formats: every prunable layer must be present exactly once with exactly as many values as
 * the layer has channels <em>in the model being compressed</em> (a pruned model's widths, not the
 * full ones); γ must be finite. Negative γ are accepted — BN weights are signed as exported and the
 * importance is |γ|. Each problem is an {@link InvalidInputException} naming the file, the line and
 * column when known, the layer, and what is wrong.
 */
public final class ImportanceFiles {

    private ImportanceFiles() {
    }

    /** Reads {@code file} (JSON or CSV) for {@code base}, a model of a built-in architecture. */
    public static ChannelImportance read(Path file, ModelSpec base) throws IOException {
        String name = file.toString();
        String text = io.evolp.io.InputFiles.readText(file, io.evolp.io.InputLimits.maxJsonBytes(), "channel importance file");
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
        return json ? parseJson(text, name, base) : ImportanceCsv.parse(text, name, base);
    }

    /** JSON text of an importance file; {@code fileName} is for messages. */
    public static ChannelImportance parseJson(String text, String fileName, ModelSpec base) {
        Architecture a = architecture(base, fileName);
        return ImportanceFile.parse(text, fileName, f -> map(f, a, base, fileName));
    }

    private static ChannelImportance map(ImportanceFile f, Architecture a, ModelSpec base, String fileName) {
        Object arch = f.arch();
        if (arch != null && !(arch instanceof String s && s.trim().equalsIgnoreCase(a.id()))) {
            throw fail("/arch", "the importance file is for " + JsonOut.line(arch) + " but the model is " + a.id());
        }
        if (!(f.gammas() instanceof Map<?, ?> gammas)) {
            throw fail(f.gammas() == null ? "" : "/gammas",
                    "expected \"gammas\": {\"<layer name or index>\": [one number per channel], …}");
        }
        List<String> names = a.prunableNames();
        Map<String, double[]> byLayer = new LinkedHashMap<>();
        boolean[] seen = new boolean[names.size()];
        for (Map.Entry<?, ?> e : gammas.entrySet()) {
            String key = String.valueOf(e.getKey());
            String at = JsonPositions.pointer("gammas", key);
            int i = ChannelImportance.layerIndex(names, key);
            if (i < 0) throw fail(at, "unknown layer '" + key + "': " + knownLayers(a));
            String label = ChannelImportance.label(names, i);
            if (seen[i]) throw fail(at, "layer " + label + " is given twice (by name and by index?)");
            seen[i] = true;
            int width = base.widths().get(i);
            if (!(e.getValue() instanceof List<?> arr)) throw fail(at, "layer " + label + ": expected an array of " + width + " numbers");
            if (arr.size() != width) {
                throw fail(at, "layer " + label + " has " + arr.size() + " γ values but " + width + " channels in the model");
            }
            double[] g = new double[width];
            for (int c = 0; c < width; c++) {
                Object v = arr.get(c);
                if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                    throw fail(at + "/" + c, "layer " + label + " channel " + c + ": γ must be a finite number, got "
                            + JsonOut.line(v));
                }
                g[c] = n.doubleValue();
            }
            byLayer.put(key, g);
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw fail("/gammas", "missing layer " + ChannelImportance.label(names, i)
                        + ": every prunable layer of " + a.id() + " needs its γ vector");
            }
        }
        return ChannelImportance.of(base, byLayer, fileName);
    }

    static Architecture architecture(ModelSpec base, String fileName) {
        Architecture a = Pruners.architectureOf(base);
        if (a == null) {
            throw new InvalidInputException(new InputProblem(fileName, 0, 0, null, ChannelImportance.explicitOnlyUniform(base)));
        }
        return a;
    }

    static String knownLayers(Architecture a) {
        List<String> n = a.prunableNames();
        return a.id() + " has prunable layers " + n.get(0) + ", " + n.get(1) + " … " + n.get(n.size() - 1)
                + " (or indices 0–" + (n.size() - 1) + ")";
    }

    /** Located by the reader at the pointer's line and column; the message names the layer, not the pointer. */
    private static FieldProblem fail(String pointer, String message) {
        return new FieldProblem(pointer, message);
    }
}
