package io.evolp.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@link ModelSpec} → JSON tree in the form it came in (architecture + widths, or explicit convs). */
final class ModelJsonWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ModelJsonWriter() {
    }

    static ObjectNode tree(ModelSpec m) {
        ObjectNode o = F.objectNode();
        if (m.arch() != null) {
            // The convs follow from arch + widths; writing them too would invite the two to disagree.
            if (!m.name().equals(m.arch())) o.put("name", m.name());
            o.put("arch", m.arch());
            ArrayNode w = o.putArray("widths");
            for (int x : m.widths()) w.add(x);
        } else {
            o.put("name", m.name());
            ArrayNode convs = o.putArray("convs");
            for (LayerConfig c : m.convs()) convs.add(LayerJson.compact(c));
        }
        if (m.latencyMs() != null) o.put("latency_ms", m.latencyMs());
        if (!m.gammas().isEmpty()) {
            ObjectNode g = o.putObject("gammas");
            for (String key : sortedKeys(m.gammas())) {
                ArrayNode a = g.putArray(key);
                for (double v : m.gammas().get(key)) a.add(v);
            }
        }
        return o;
    }

    /** Index keys numerically first, then names alphabetically — stable output for diffs. */
    private static List<String> sortedKeys(Map<String, double[]> gammas) {
        List<String> keys = new ArrayList<>(gammas.keySet());
        keys.sort(Comparator.comparingInt(ModelJsonWriter::indexOrMax).thenComparing(Comparator.naturalOrder()));
        return keys;
    }

    private static int indexOrMax(String key) {
        boolean index = !key.isEmpty() && key.length() <= 9 && key.chars().allMatch(Character::isDigit);
        return index ? Integer.parseInt(key) : Integer.MAX_VALUE;
    }
}
