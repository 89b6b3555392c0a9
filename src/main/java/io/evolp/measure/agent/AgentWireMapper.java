package io.evolp.measure.agent;

import io.evolp.core.LayerConfig;
import io.evolp.io.agent.AgentWire;
import io.evolp.measure.local.LocalSettings;

import java.util.Locale;

/**
 * Agent protocol DTOs ({@link AgentWire}) to and from the measurement types. The DTO reader has
 * refused unknown fields, wrong types and out-of-range numbers; this adds the defaults and what only
 * the domain can check: groups that divide the channels, a kernel that fits, a module that fits in memory.
 */
final class AgentWireMapper {

    /** Weights of a layer module plus its input and outputs, float32. */
    static final long MAX_MODULE_BYTES = 1L << 30;

    private AgentWireMapper() {
    }

    static AgentWire.Layer layer(LayerConfig c) {
        return new AgentWire.Layer(c.inputSize(), c.cin(), c.cout(), pair(c.kh(), c.kw()), pair(c.sh(), c.sw()),
                pair(c.ph(), c.pw()), c.groups(), c.bias());
    }

    static AgentWire.Settings settings(LocalSettings s) {
        return new AgentWire.Settings(s.warmup(), s.repeats(), s.rounds(), s.moduleRepeats(), s.intraOpThreads(),
                s.optLevel().name(), s.seed());
    }

    /** Missing fields take {@link LocalSettings#defaults()} (threads: the agent's default). */
    static LocalSettings settings(AgentWire.Settings n, int defaultThreads) {
        LocalSettings d = LocalSettings.defaults().withThreads(defaultThreads);
        if (n == null) return d;
        LocalSettings.OptLevel level = n.optLevel() == null ? d.optLevel() : LocalSettings.OptLevel.valueOf(n.optLevel());
        return new LocalSettings(or(n.threads(), d.intraOpThreads()), level, or(n.warmup(), d.warmup()),
                or(n.repeats(), d.repeats()), or(n.rounds(), d.rounds()), or(n.moduleRepeats(), d.moduleRepeats()),
                n.seed() == null ? d.seed() : n.seed());
    }

    /**
     * @param defaultThreads intra-op threads when the request does not say (the agent's --threads)
     * @throws RequestProblem 400 naming the first bad field
     */
    static MeasureRequest request(AgentWire.MeasureRequest r, int defaultThreads) {
        LocalSettings settings = settings(r.settings(), defaultThreads);
        boolean async = Boolean.TRUE.equals(r.async());
        if (r.modelSha256() != null) return new MeasureRequest(null, r.modelSha256(), settings, async);
        return new MeasureRequest(layer(r.layer(), settings.moduleRepeats()), null, settings, async);
    }

    static LayerConfig layer(AgentWire.Layer n, int moduleRepeats) {
        int[] k = both(n.k(), 0), s = both(n.s(), 1), p = both(n.p(), 0);
        int size = n.inputSize(), cin = n.cin(), cout = n.cout();
        int groups = n.groups() == null ? 1 : n.groups();
        if (cin % groups != 0 || cout % groups != 0) {
            throw RequestProblem.badField("layer.groups", "groups (" + groups + ") must divide cin (" + cin + ") and cout (" + cout + ")");
        }
        if (size + 2 * p[0] < k[0] || size + 2 * p[1] < k[1]) {
            throw RequestProblem.badField("layer.k", "kernel " + k[0] + "x" + k[1] + " is larger than the padded input ("
                    + (size + 2 * p[0]) + "x" + (size + 2 * p[1]) + ")");
        }
        LayerConfig c = new LayerConfig(size, cin, cout, k[0], k[1], s[0], s[1], p[0], p[1], Boolean.TRUE.equals(n.bias()), groups);
        long bytes = 4L * ((long) c.inputSize() * c.inputSize() * c.cin()
                + (long) moduleRepeats * (c.params() + (long) c.outputHeight() * c.outputWidth() * c.cout()));
        if (bytes > MAX_MODULE_BYTES) {
            throw RequestProblem.badField("layer", "the module (" + moduleRepeats + " branches) would need " + (bytes >> 20)
                    + " MiB; the agent allows " + (MAX_MODULE_BYTES >> 20) + " MiB — use fewer module_repeats or a smaller layer");
        }
        return c;
    }

    static String describe(LayerConfig c) {
        return String.format(Locale.ROOT, "%d×%d %d→%d k%dx%d s%dx%d p%dx%d g%d%s", c.inputSize(), c.inputSize(), c.cin(), c.cout(),
                c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.groups(), c.bias() ? " bias" : "");
    }

    /** {h, w} of a one- or two-element value; {@code fallback} for both when absent. */
    private static int[] both(int[] v, int fallback) {
        if (v == null || v.length == 0) return new int[]{fallback, fallback};
        return v.length == 1 ? new int[]{v[0], v[0]} : new int[]{v[0], v[1]};
    }

    private static int[] pair(int h, int w) {
        return h == w ? new int[]{h} : new int[]{h, w};
    }

    private static int or(Integer v, int fallback) {
        return v == null ? fallback : v;
    }
}
