package io.evolp.compress;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which channels compression removes first (DESIGN §1.6): per prunable layer a vector of |BN γ|,
 * one value per output channel, length = that layer's width in the model being compressed.
 *
 * <p>Three kinds:
 * <ul>
 *   <li><b>γ</b> — from a file ({@link ImportanceFiles}: JSON or CSV) or from the {@code gammas}
 *       a model file carries ({@link #fromModel}). Only the prunable layers of a built-in
 *       architecture have γ.</li>
 *   <li><b>uniform</b> — no γ at all: every layer is scaled by the same width multiplier. This is
 *       also the only way an explicit conv-list model can be compressed (see {@link Pruners}).</li>
 *   <li><b>demo</b> — seeded random γ, {@code |N(0,1)| · s_layer} with a per-layer scale
 *       {@code s_layer} drawn uniformly from [0.25, 1.25]: the per-layer scale makes the global
 *       threshold prune layers unevenly, as a slimming-trained network does. Its description says
 *       "demo" because these numbers come from no trained network.</li>
 * </ul>
 * Values are stored as absolute values: BN γ is signed as exported, and its magnitude is the
 * importance (network slimming). Immutable.
 */
public final class ChannelImportance {

    private final String description;
    private final String arch;            // null in uniform mode
    private final List<double[]> gammas;  // |γ| per prunable layer; empty in uniform mode

    private ChannelImportance(String description, String arch, List<double[]> gammas) {
        this.description = description;
        this.arch = arch;
        this.gammas = gammas;
    }

    /**
     * No γ: compression scales every prunable width by one multiplier {@code m = 1 − r}
     * ({@code max(1, round(m · width))}). For an explicit conv list every conv's cout is scaled, and
     * a conv's cin follows the previous conv's new cout only when, in the base model, its cin equalled
     * that cout — an explicit list does not say how convs connect; depthwise convs keep cin = cout,
     * grouped convs keep their channels.
     */
    public static ChannelImportance uniform() {
        return new ChannelImportance("uniform width multiplier (no channel importance given)", null, List.of());
    }

    /** Seeded random γ for the prunable layers of {@code base} (a built-in architecture) — a demo. */
    public static ChannelImportance random(ModelSpec base, long seed) {
        Architecture a = Pruners.architectureOf(base);
        if (a == null) throw new IllegalArgumentException(explicitOnlyUniform(base));
        Random rnd = new Random(seed);
        List<double[]> g = new ArrayList<>();
        for (int width : base.widths()) {
            double scale = 0.25 + rnd.nextDouble();
            double[] v = new double[width];
            for (int c = 0; c < width; c++) v[c] = Math.abs(rnd.nextGaussian()) * scale;
            g.add(v);
        }
        return new ChannelImportance("demo: seeded random γ (seed " + seed + "), not from a trained network", a.id(), g);
    }

    /**
     * γ given per prunable layer, keyed by layer name or index (as a string), checked against
     * {@code base}: every prunable layer exactly once, lengths equal to the layer widths, finite values.
     *
     * @param source file name for messages and the description (may be null)
     * @throws InvalidInputException naming the file and the layer that is wrong and why
     */
    public static ChannelImportance of(ModelSpec base, Map<String, double[]> byLayer, String source) {
        Architecture a = Pruners.architectureOf(base);
        if (a == null) throw fail(source, explicitOnlyUniform(base));
        List<String> names = a.prunableNames();
        double[][] found = new double[names.size()][];
        for (Map.Entry<String, double[]> e : byLayer.entrySet()) {
            int i = layerIndex(names, e.getKey());
            if (i < 0) {
                throw fail(source, "unknown layer '" + e.getKey() + "': " + a.id() + " has prunable layers "
                        + names.get(0) + " … " + names.get(names.size() - 1) + " (or indices 0–" + (names.size() - 1) + ")");
            }
            String label = label(names, i);
            if (found[i] != null) throw fail(source, "layer " + label + " is given twice (by name and by index?)");
            double[] g = e.getValue();
            int width = base.widths().get(i);
            if (g.length != width) {
                throw fail(source, "layer " + label + " has " + g.length + " γ values but " + width + " channels in the model");
            }
            double[] abs = new double[g.length];
            for (int c = 0; c < g.length; c++) {
                if (!Double.isFinite(g[c])) throw fail(source, "layer " + label + " channel " + c + ": γ must be a finite number, got " + g[c]);
                abs[c] = Math.abs(g[c]);
            }
            found[i] = abs;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < found.length; i++) if (found[i] == null) missing.add(label(names, i));
        if (!missing.isEmpty()) {
            throw fail(source, "missing γ for layer" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + ": every prunable layer of " + a.id() + " needs its γ vector");
        }
        String what = source == null ? "BN γ" : "BN γ from " + source;
        return new ChannelImportance(what, a.id(), List.of(found));
    }

    /** The {@code gammas} a model file carries, or {@code null} when it carries none. */
    public static ChannelImportance fromModel(ModelSpec model, String file) {
        if (model.gammas().isEmpty()) return null;
        return of(model, model.gammas(), file);
    }

    public boolean uniformMode() { return gammas.isEmpty(); }

    /** Architecture id the γ belong to; null in uniform mode. */
    public String arch() { return arch; }

    public int layers() { return gammas.size(); }

    /** |γ| of prunable layer {@code i} (a copy). */
    public double[] gammas(int i) { return gammas.get(i).clone(); }

    /** One line for the user: where the importance comes from ("demo" for random γ). */
    public String description() { return description; }

    /** Name → γ in layer order (copies), e.g. to write the importance back as JSON. */
    public Map<String, double[]> byName(List<String> names) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < gammas.size(); i++) m.put(names.get(i), gammas(i));
        return m;
    }

    static int layerIndex(List<String> names, String key) {
        String k = key.trim();
        if (!k.isEmpty() && k.length() < 10 && k.chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(k);
            return i < names.size() ? i : -1;
        }
        return names.indexOf(k);
    }

    static String label(List<String> names, int i) {
        return names.get(i) + " (index " + i + ")";
    }

    static String explicitOnlyUniform(ModelSpec m) {
        return "model '" + m.name() + "' is an explicit conv list: channel importance (γ) is defined only for the prunable"
                + " layers of a built-in architecture; compress it uniformly (no importance)";
    }

    private static InvalidInputException fail(String source, String message) {
        return new InvalidInputException(new InputProblem(source, 0, 0, null, message));
    }

    @Override
    public String toString() { return description; }
}
