package io.evolp.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the optional {@code "gammas"} object: BN γ per layer, keyed by layer index or name.
 *
 * <p>Keys are checked against the model because a γ vector of the wrong layer or length would
 * silently mis-prune later: for an architecture model the index/name is that of a prunable layer and
 * the vector length must equal its width; for an explicit model an index is a conv index (length =
 * its cout), while names cannot be checked and are kept as given.
 */
final class ModelJsonGammas {

    private ModelJsonGammas() {
    }

    static Map<String, double[]> read(JsonNode node, ModelSpec spec, ModelJsonReader r) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) {
            throw r.fail("/gammas", "\"gammas\" must be an object {\"<layer index or name>\": [numbers, ...]}");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            String at = "/gammas/" + key.replace("~", "~0").replace("/", "~1");
            JsonNode arr = e.getValue();
            if (!arr.isArray() || arr.isEmpty()) throw r.fail(at, "gammas of '" + key + "' must be a non-empty array of numbers");
            double[] g = new double[arr.size()];
            for (int i = 0; i < g.length; i++) {
                JsonNode v = arr.get(i);
                if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                    throw r.fail(at + "/" + i, "gammas of '" + key + "' must be finite numbers, got " + v);
                }
                g[i] = v.doubleValue();
            }
            int expected = expectedLength(key, spec, at, r);
            if (expected > 0 && expected != g.length) {
                throw r.fail(at, "gammas of '" + key + "' has " + g.length + " values but the layer has "
                        + expected + " channels");
            }
            out.put(key, g);
        }
        return out;
    }

    /** Channel count of the layer the key names, or 0 when it cannot be known (explicit model, name key). */
    private static int expectedLength(String key, ModelSpec spec, String at, ModelJsonReader r) {
        Integer index = parseIndex(key);
        if (spec.arch() != null) {
            List<String> names = Zoo.get(spec.arch()).prunableNames();
            int i = index != null ? index : names.indexOf(key);
            if (i < 0 || i >= names.size()) {
                throw r.fail(at, "'" + key + "' is not a prunable layer of " + spec.arch() + " (use an index 0–"
                        + (names.size() - 1) + " or a name such as '" + names.get(names.size() - 1) + "')");
            }
            return spec.widths().get(i);
        }
        if (index == null) return 0;
        if (index >= spec.convs().size()) {
            throw r.fail(at, "layer index " + key + " is out of range: the model has " + spec.convs().size() + " convs");
        }
        return spec.convs().get(index).cout();
    }

    private static Integer parseIndex(String key) {
        if (key.isEmpty() || key.length() > 9 || !key.chars().allMatch(Character::isDigit)) return null;
        return Integer.parseInt(key);
    }
}
