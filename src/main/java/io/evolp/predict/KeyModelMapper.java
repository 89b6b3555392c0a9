package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.predict.mlp.Mlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The per-key models of evolp and lut ("keys", "general") ↔ {@link PredictorFile.KeyEntry}s. */
final class KeyModelMapper {

    private KeyModelMapper() {
    }

    static PredictorFile.MacLine line(MacLine l) {
        return new PredictorFile.MacLine(l.a(), l.b(), l.floor(), l.samples());
    }

    static MacLine line(PredictorFile.MacLine l, At at) {
        return new MacLine(at.need(l.a(), "a"), at.need(l.b(), "b"), at.need(l.floor(), "floor"),
                l.samples() != null ? l.samples() : 0);
    }

    static List<PredictorFile.KeyEntry> entries(KeyedPredictor p) {
        List<PredictorFile.KeyEntry> out = new ArrayList<>();
        for (ConfigKey k : p.keys()) out.add(entry(k.label(), p.model(k)));
        return out;
    }

    private static PredictorFile.KeyEntry entry(String key, KeyModel m) {
        if (m instanceof NetKeyModel n) {
            return new PredictorFile.KeyEntry(key, m.model(), null, null, null, n.depthwise(),
                    List.of(n.cinRange()[0], n.cinRange()[1]), List.of(n.coutRange()[0], n.coutRange()[1]),
                    boxed(n.tRange()), boxed(n.weights()), null, n.samples(),
                    Double.isFinite(n.validationMse()) ? n.validationMse() : null);
        }
        if (m instanceof LutTable t) {
            return new PredictorFile.KeyEntry(key, m.model(), null, null, null, t.depthwise(), numbers(t.cin()),
                    t.depthwise() ? null : numbers(t.cout()), null, null, boxed(t.latency()), t.samples(), null);
        }
        if (m instanceof MacLine l) {
            return new PredictorFile.KeyEntry(key, m.model(), l.a(), l.b(), l.floor(), null, null, null, null, null,
                    null, l.samples(), null);
        }
        if (m instanceof GlobalKeyModel g) {
            return new PredictorFile.KeyEntry(key, m.model(), null, null, null, null, null, null, null, null, null,
                    g.samples(), null);
        }
        throw new IllegalArgumentException("cannot store key model " + m.getClass().getName());
    }

    /** Reads "keys"; duplicate or malformed keys are refused. */
    static Map<ConfigKey, KeyModel> keys(List<PredictorFile.KeyEntry> entries, At at,
                                         BiFunction<PredictorFile.KeyEntry, At, KeyModel> reader) {
        at.need(entries, "keys");
        if (entries.isEmpty()) throw at.field("keys").fail("'keys' must not be empty");
        Map<ConfigKey, KeyModel> out = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            At item = at.field("keys").index(i);
            PredictorFile.KeyEntry e = at.need(entries.get(i), "keys");
            String label = item.need(e.key(), "key");
            ConfigKey key;
            try {
                key = ConfigKey.parse(label);
            } catch (IllegalArgumentException ex) {
                throw item.field("key").fail(ex.getMessage());
            }
            if (out.put(key, reader.apply(e, item)) != null) throw item.field("key").fail("duplicate key " + label);
        }
        return out;
    }

    static NetKeyModel net(PredictorFile.KeyEntry e, At at) {
        double[] cin = at.doubles(e.cin(), "cin", 2), cout = at.doubles(e.cout(), "cout", 2);
        double[] t = at.doubles(e.t(), "t", 2);
        if (!(t[0] > 0 && t[1] >= t[0])) throw at.field("t").fail("'t' must be 0 < min <= max");
        if (cin[0] < 1 || cin[1] < cin[0]) throw at.field("cin").fail("'cin' must be 1 <= min <= max");
        if (cout[0] < 1 || cout[1] < cout[0]) throw at.field("cout").fail("'cout' must be 1 <= min <= max");
        double val = e.validationMse() != null ? e.validationMse() : Double.NaN;
        return new NetKeyModel(at.doubles(e.weights(), "weights", Mlp.PARAMS), cin[0], cin[1], cout[0], cout[1],
                t[0], t[1], at.need(e.depthwise(), "depthwise"), e.samples() != null ? e.samples() : 0, val);
    }

    static MacLine macLine(PredictorFile.KeyEntry e, At at) {
        return line(new PredictorFile.MacLine(e.a(), e.b(), e.floor(), e.samples()), at);
    }

    static LutTable table(PredictorFile.KeyEntry e, At at) {
        boolean dw = at.need(e.depthwise(), "depthwise");
        int[] cin = at.ints(e.cin(), "cin");
        int[] cout = dw ? cin : at.ints(e.cout(), "cout");
        double[] lat = at.doubles(e.latency(), "latency");
        if (cin.length == 0 || cin.length != cout.length || cin.length != lat.length) {
            throw at.field("latency").fail("'cin', 'cout' and 'latency' must be non-empty and of equal length");
        }
        for (int i = 0; i < cin.length; i++) {
            if (cin[i] < 1 || cout[i] < 1) throw at.field("cin").fail("channels must be >= 1");
        }
        try {
            return new LutTable(dw, cin, cout, lat, e.samples() != null ? e.samples() : cin.length);
        } catch (IllegalArgumentException ex) {
            throw at.fail(ex.getMessage());
        }
    }

    static List<Double> boxed(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) out.add(x);
        return out;
    }

    private static List<Number> numbers(int[] v) {
        List<Number> out = new ArrayList<>(v.length);
        for (int x : v) out.add(x);
        return out;
    }
}
