package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.predict.gp.GaussianProcess;
import io.evolp.predict.gp.GpFeatures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The gp kind ↔ its {@code gp} object; every number is checked on reading, at its field. */
final class GpMapper {

    static final String TARGET = "log_latency_ms";

    private GpMapper() {
    }

    static PredictorFile.Gp write(GpPredictor p) {
        GaussianProcess g = p.process();
        List<String> seen = TreeMapper.labels(p.seenKeys());
        List<List<Double>> support = new ArrayList<>();
        for (double[] row : g.support()) support.add(KeyModelMapper.boxed(row));
        return new PredictorFile.Gp(GpFeatures.NAMES, GpFeatures.VERSION, TARGET, seen, KeyModelMapper.boxed(g.center()),
                KeyModelMapper.boxed(g.scale()), g.yCenter(), g.yScale(), KeyModelMapper.boxed(g.lengthScales()),
                g.amplitude(), g.noise(), support, KeyModelMapper.boxed(g.alpha()));
    }

    static GpPredictor read(String device, PredictorFile.Gp dto, At top) {
        At at = top.field("gp");
        top.need(dto, "gp");
        if (!GpFeatures.NAMES.equals(at.need(dto.features(), "features"))) {
            throw at.field("features").fail("expected features " + GpFeatures.NAMES);
        }
        if (!TARGET.equals(at.need(dto.target(), "target"))) throw at.field("target").fail("expected target '" + TARGET + "'");
        int d = GpFeatures.COUNT;
        double[] center = finite(at, at.doubles(dto.center(), "center", d), "center");
        double[] scale = positive(at, at.doubles(dto.scale(), "scale", d), "scale");
        double[] ls = positive(at, at.doubles(dto.lengthScales(), "length_scales", d), "length_scales");
        double yc = finite(at, at.need(dto.yCenter(), "y_center"), "y_center");
        double ys = positive(at, at.need(dto.yScale(), "y_scale"), "y_scale");
        double amp = positive(at, at.need(dto.amplitude(), "amplitude"), "amplitude");
        double noise = positive(at, at.need(dto.noise(), "noise"), "noise");
        List<List<Double>> rows = at.need(dto.support(), "support");
        if (rows.isEmpty()) throw at.field("support").fail("'support' must not be empty");
        double[][] support = new double[rows.size()][];
        At sa = at.field("support");
        for (int i = 0; i < rows.size(); i++) {
            support[i] = finite(sa, sa.doubles(rows.get(i), String.valueOf(i), d), String.valueOf(i));
        }
        double[] alpha = finite(at, at.doubles(dto.alpha(), "alpha", rows.size()), "alpha");
        Set<ConfigKey> seen = TreeMapper.keys(dto.seenKeys(), at);
        return new GpPredictor(device, new GaussianProcess(center, scale, yc, ys, ls, amp, noise, support, alpha), seen);
    }

    private static double[] finite(At at, double[] v, String name) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) throw at.field(name).index(i).fail("'" + name + "' must hold finite numbers");
        }
        return v;
    }

    private static double finite(At at, double v, String name) {
        if (!Double.isFinite(v)) throw at.field(name).fail("'" + name + "' must be a finite number");
        return v;
    }

    private static double[] positive(At at, double[] v, String name) {
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0) || !Double.isFinite(v[i])) throw at.field(name).index(i).fail("'" + name + "' must hold positive numbers");
        }
        return v;
    }

    private static double positive(At at, double v, String name) {
        if (!(v > 0) || !Double.isFinite(v)) throw at.field(name).fail("'" + name + "' must be a positive number");
        return v;
    }
}
