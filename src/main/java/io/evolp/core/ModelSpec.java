package io.evolp.core;

import java.util.List;
import java.util.Map;

/**
 * A whole model as a list of conv layers, in one of the two JSON forms of DESIGN §3: a built-in
 * architecture with widths ({@code arch} and {@code widths} set) or an explicit conv list
 * ({@code arch} null). {@code latencyMs} is a whole-model measurement when the file carried one.
 *
 * @param gammas per-layer BN γ vectors keyed by prunable-layer index (as a string) or name; may be
 *               empty. Used by compression (a later issue); carried through read/write unchanged.
 */
public record ModelSpec(String name, String arch, List<Integer> widths, List<LayerConfig> convs,
                        Double latencyMs, Map<String, double[]> gammas) {

    public ModelSpec {
        convs = List.copyOf(convs);
        widths = widths == null ? null : List.copyOf(widths);
        gammas = gammas == null ? Map.of() : Map.copyOf(gammas);
        if (name == null) name = arch != null ? arch : "model";
    }

    public static ModelSpec explicit(String name, List<LayerConfig> convs) {
        return new ModelSpec(name, null, null, convs, null, null);
    }

    public ModelSpec withLatency(Double ms) {
        return new ModelSpec(name, arch, widths, convs, ms, gammas);
    }

    /** Model family for per-family corrections: the architecture id, else the name. */
    public String family() {
        return arch != null ? arch : name;
    }

    public long macs() {
        long total = 0;
        for (LayerConfig c : convs) total += c.macs();
        return total;
    }
}
