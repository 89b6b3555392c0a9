package io.evolp.predict.features;

import io.evolp.core.LayerConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The one documented feature set of the feature-based predictors (gbt, forest, and the global
 * learner behind evolp and hybrid). Version {@value #VERSION}; the names below are written into
 * predictor files, so a file always says which features its trees index.
 *
 * <ol>
 *   <li>shape: input_size, cin, cout, kh, kw, sh, sw, ph, pw, groups, depthwise (0/1), output_size
 *       (output height), macs, params;</li>
 *   <li>channel alignment, because real runtimes tile channels (ONNX Runtime's depthwise convs run
 *       ~11x faster at multiples of 4; GPUs tile by 32): the residues {@code c mod t} of cin, cout
 *       and groups for t = 4, 8, 16, 32, and the padding waste {@code ceil(c/t)·t / c} of cin and
 *       cout for t = 8 and 32 (the share of work a tiled kernel does on padding);</li>
 *   <li>memory traffic (version 2): input elements {@code input_size² · cin} and output elements
 *       {@code output_h · output_w · cout} — products of size and channels that trees cannot form
 *       from their factors, and what memory-bound layers (depthwise, 1x1) scale with.</li>
 * </ol>
 * New features are only ever appended: a file written with an earlier version lists a prefix of
 * {@link #NAMES}, its trees index only that prefix, and it loads unchanged ({@link #readable}).
 * Trees are invariant to monotone transforms, so MACs and params are used raw.
 */
public final class LayerFeatures {

    public static final int VERSION = 2;
    private static final int[] TILES = {4, 8, 16, 32};
    private static final int[] WASTE_TILES = {8, 32};
    public static final List<String> NAMES = names();
    public static final int COUNT = NAMES.size();

    private LayerFeatures() {
    }

    private static List<String> names() {
        List<String> n = new ArrayList<>(List.of("input_size", "cin", "cout", "kh", "kw", "sh", "sw", "ph", "pw",
                "groups", "depthwise", "output_size", "macs", "params"));
        for (String c : List.of("cin", "cout", "groups")) {
            for (int t : TILES) n.add(c + "_mod" + t);
        }
        for (String c : List.of("cin", "cout")) {
            for (int t : WASTE_TILES) n.add(c + "_pad" + t);
        }
        n.add("input_elements");
        n.add("output_elements");
        return List.copyOf(n);
    }

    /** The features of one layer in {@link #NAMES} order, as a new array. */
    public static double[] of(LayerConfig c) {
        double[] out = new double[COUNT];
        fill(c, out);
        return out;
    }

    /** Writes the features of {@code c} into {@code out} (length ≥ {@link #COUNT}); no allocation. */
    public static void fill(LayerConfig c, double[] out) {
        int cin = c.cin(), cout = c.cout(), g = c.groups();
        out[0] = c.inputSize();
        out[1] = cin;
        out[2] = cout;
        out[3] = c.kh();
        out[4] = c.kw();
        out[5] = c.sh();
        out[6] = c.sw();
        out[7] = c.ph();
        out[8] = c.pw();
        out[9] = g;
        out[10] = c.depthwise() ? 1 : 0;
        out[11] = c.outputHeight();
        out[12] = c.macs();
        out[13] = c.params();
        int i = 14;
        for (int t : TILES) out[i++] = cin % t;
        for (int t : TILES) out[i++] = cout % t;
        for (int t : TILES) out[i++] = g % t;
        for (int t : WASTE_TILES) out[i++] = padWaste(cin, t);
        for (int t : WASTE_TILES) out[i++] = padWaste(cout, t);
        out[i++] = (double) c.inputSize() * c.inputSize() * cin;
        out[i] = (double) c.outputHeight() * c.outputWidth() * cout;
    }

    /** Features of version 1 files: the first 30 of {@link #NAMES}. */
    public static final int VERSION1_COUNT = 30;

    /**
     * Whether trees over the feature list {@code names} (as a file stores it) can be evaluated on
     * {@link #fill}'s vectors: the list must be a non-empty prefix of {@link #NAMES} of a version's length.
     */
    public static boolean readable(List<String> names) {
        return (names.size() == VERSION1_COUNT || names.size() == COUNT) && NAMES.subList(0, names.size()).equals(names);
    }

    /**
     * Which features are the same for every layer of one configuration key (all but the channel
     * counts and what derives from them; the group count too unless the key is depthwise, where
     * groups = cin). Lets a tree ensemble be specialised per key.
     */
    public static boolean[] fixedWithinKey(boolean depthwise) {
        boolean[] fixed = new boolean[COUNT];
        for (int i : new int[]{0, 3, 4, 5, 6, 7, 8, 10, 11}) fixed[i] = true;
        if (!depthwise) {
            fixed[9] = true;
            for (int i = 22; i < 26; i++) fixed[i] = true;
        }
        return fixed;
    }

    /** Interaction group of the features that vary within a key: cin, cout, MACs, params. */
    public static final int CIN = 0, COUT = 1, MACS = 2, PARAMS = 3;

    /**
     * Per feature: -1 for the key's own features, else which channel-dependent group it belongs to
     * ({@link #CIN}: cin, its residues and padding, and groups with its residues, which follow cin in
     * depthwise layers; {@link #COUT}; {@link #MACS}; {@link #PARAMS}). Boosted trees are
     * constrained so that no path mixes two groups; within a key a tree is then a function of one
     * of cin, cout, MACs or params, and the ensemble a sum of four 1-D step functions that can be
     * tabulated exactly ({@code KeyTable}).
     */
    public static int[] groups() {
        int[] g = new int[COUNT];
        java.util.Arrays.fill(g, -1);
        for (int i : new int[]{1, 9, 14, 15, 16, 17, 22, 23, 24, 25, 26, 27}) g[i] = CIN;
        for (int i : new int[]{2, 18, 19, 20, 21, 28, 29}) g[i] = COUT;
        g[12] = MACS;
        g[13] = PARAMS;
        g[30] = CIN;  // input elements: input_size² · cin, within a key a function of cin
        g[31] = COUT; // output elements: within a key a function of cout
        return g;
    }

    private static double padWaste(int c, int t) {
        return (double) ((c + t - 1) / t * t) / c;
    }

    /** Features of many layers as columns, {@code x[feature][row]}, the layout the tree trainers take. */
    public static double[][] columns(List<LayerConfig> layers) {
        double[][] x = new double[COUNT][layers.size()];
        double[] row = new double[COUNT];
        for (int r = 0; r < layers.size(); r++) {
            fill(layers.get(r), row);
            for (int j = 0; j < COUNT; j++) x[j][r] = row[j];
        }
        return x;
    }
}
