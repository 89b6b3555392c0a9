package io.evolp.analysis;

import io.evolp.core.ConfigKey;

/** Small hand-made prediction rows for the analysis tests. */
final class Rows {

    static final ConfigKey K7 = ConfigKey.parse("7/k1x1/s1x1/p0x0/dense");
    static final ConfigKey K14 = ConfigKey.parse("14/k3x3/s1x1/p1x1/dense");
    static final ConfigKey K112 = ConfigKey.parse("112/k3x3/s2x2/p1x1/dense");

    private Rows() {
    }

    static PredictionRow row(String kind, String arch, ConfigKey key, int cin, double p, double m) {
        return row(kind, "d", arch, key, cin, p, m);
    }

    static PredictionRow row(String kind, String device, String arch, ConfigKey key, int cin, double p, double m) {
        return new PredictionRow(kind, device, arch, key, cin, p, m);
    }
}
