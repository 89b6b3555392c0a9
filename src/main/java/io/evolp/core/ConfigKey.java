package io.evolp.core;

/**
 * A layer configuration without its channel counts (DESIGN §1.1): layers that share a key differ
 * only in (cin, cout) and are predicted by the same per-key model.
 *
 * @param groupKind {@link #DENSE} for groups = 1, {@link #DEPTHWISE} for groups = cin, otherwise the
 *                  literal group count of a grouped convolution
 */
public record ConfigKey(int inputSize, int kh, int kw, int sh, int sw, int ph, int pw,
                        boolean bias, int groupKind) implements Comparable<ConfigKey> {

    public static final int DENSE = 1;
    public static final int DEPTHWISE = 0;

    public static ConfigKey of(LayerConfig c) {
        int kind = c.groups() == 1 ? DENSE : c.depthwise() ? DEPTHWISE : c.groups();
        return new ConfigKey(c.inputSize(), c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.bias(), kind);
    }

    public boolean depthwise() {
        return groupKind == DEPTHWISE;
    }

    /** A concrete layer of this key with the given channels. */
    public LayerConfig layer(int cin, int cout) {
        int groups = groupKind == DENSE ? 1 : groupKind == DEPTHWISE ? cin : groupKind;
        int out = groupKind == DEPTHWISE ? cin : cout;
        return new LayerConfig(inputSize, cin, out, kh, kw, sh, sw, ph, pw, bias, groups);
    }

    /** Compact, stable, human-readable label, e.g. {@code 56/k3x3/s1x1/p1x1/dense}; {@link #parse} reverses it. */
    public String label() {
        String g = groupKind == DENSE ? "dense" : groupKind == DEPTHWISE ? "dw" : "g" + groupKind;
        return inputSize + "/k" + kh + "x" + kw + "/s" + sh + "x" + sw + "/p" + ph + "x" + pw
                + "/" + g + (bias ? "/bias" : "");
    }

    public static ConfigKey parse(String label) {
        try {
            String[] p = label.split("/");
            int in = Integer.parseInt(p[0]);
            int[] k = pair(p[1], 'k');
            int[] s = pair(p[2], 's');
            int[] pad = pair(p[3], 'p');
            int kind = switch (p[4]) {
                case "dense" -> DENSE;
                case "dw" -> DEPTHWISE;
                default -> Integer.parseInt(p[4].substring(1));
            };
            boolean bias = p.length > 5 && p[5].equals("bias");
            return new ConfigKey(in, k[0], k[1], s[0], s[1], pad[0], pad[1], bias, kind);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a configuration key label: '" + label + "'", e);
        }
    }

    private static int[] pair(String part, char prefix) {
        if (part.charAt(0) != prefix) throw new IllegalArgumentException(part);
        String[] xy = part.substring(1).split("x");
        return new int[]{Integer.parseInt(xy[0]), Integer.parseInt(xy[1])};
    }

    @Override
    public String toString() {
        return label();
    }

    @Override
    public int compareTo(ConfigKey o) {
        return label().compareTo(o.label());
    }
}
