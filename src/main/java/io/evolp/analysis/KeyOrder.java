package io.evolp.analysis;

import io.evolp.core.ConfigKey;

import java.util.Comparator;

/**
 * Numeric order of configuration keys: input size, kernel, stride, padding, group kind, bias — so
 * 7 comes before 14 and 112 (the label order {@link ConfigKey#compareTo} uses puts "112/…" first).
 */
public final class KeyOrder {

    /** Dense (1) before depthwise (0) before grouped (g): the common case first. */
    public static final Comparator<ConfigKey> NUMERIC = Comparator.comparingInt(ConfigKey::inputSize)
            .thenComparingInt(ConfigKey::kh).thenComparingInt(ConfigKey::kw)
            .thenComparingInt(ConfigKey::sh).thenComparingInt(ConfigKey::sw)
            .thenComparingInt(ConfigKey::ph).thenComparingInt(ConfigKey::pw)
            .thenComparingInt(KeyOrder::groupRank)
            .thenComparing(ConfigKey::bias);

    private KeyOrder() {
    }

    private static int groupRank(ConfigKey k) {
        return k.groupKind() == ConfigKey.DENSE ? -2 : k.depthwise() ? -1 : k.groupKind();
    }
}
