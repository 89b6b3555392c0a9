package io.evolp.ui.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InputProblem;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact column form of a layer dataset inside a project file: one JSON array per column
 * (integers, booleans, latency doubles in shortest round-trip form, source line numbers) plus the
 * extra CSV columns by name, so the reopened dataset has the same rows bit for bit.
 */
final class DatasetJson {

    private static final String[] INT_COLUMNS = {"input_size", "cin", "cout", "kh", "kw", "sh", "sw", "ph", "pw", "groups", "line"};

    private DatasetJson() {
    }

    static ObjectNode columns(LayerDataset ds) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("device", ds.device());
        o.put("rows", ds.size());
        ArrayNode[] ints = new ArrayNode[INT_COLUMNS.length];
        for (int c = 0; c < ints.length; c++) ints[c] = o.putArray(INT_COLUMNS[c]);
        ArrayNode bias = o.putArray("bias");
        ArrayNode latency = o.putArray("latency");
        for (int r = 0; r < ds.size(); r++) {
            LayerConfig k = ds.config(r);
            int[] v = {k.inputSize(), k.cin(), k.cout(), k.kh(), k.kw(), k.sh(), k.sw(), k.ph(), k.pw(), k.groups(), ds.sourceLine(r)};
            for (int c = 0; c < v.length; c++) ints[c].add(v[c]);
            bias.add(k.bias());
            latency.add(ds.latency(r));
        }
        ObjectNode extras = o.putObject("extras");
        List<String> names = ds.extraColumns();
        for (int c = 0; c < names.size(); c++) {
            ArrayNode col = extras.putArray(names.get(c));
            for (int r = 0; r < ds.size(); r++) col.add(ds.extra(r, c));
        }
        return o;
    }

    /** @throws IllegalArgumentException naming the column that is missing or has the wrong length */
    static LayerDataset fromColumns(JsonNode o) {
        int n = o.path("rows").asInt(-1);
        if (n < 0) throw new IllegalArgumentException("embedded dataset has no \"rows\" count");
        JsonNode[] ints = new JsonNode[INT_COLUMNS.length];
        for (int c = 0; c < ints.length; c++) ints[c] = column(o, INT_COLUMNS[c], n);
        JsonNode bias = column(o, "bias", n), latency = column(o, "latency", n);
        List<String> names = new ArrayList<>();
        List<JsonNode> extraCols = new ArrayList<>();
        o.path("extras").fields().forEachRemaining(e -> {
            names.add(e.getKey());
            extraCols.add(e.getValue());
        });
        for (int c = 0; c < names.size(); c++) column(o.path("extras"), names.get(c), n);
        LayerDataset.Builder b = LayerDataset.builder(o.path("device").asText("unknown"), names);
        for (int r = 0; r < n; r++) {
            int[] v = new int[ints.length];
            for (int c = 0; c < v.length; c++) v[c] = ints[c].get(r).asInt();
            LayerConfig config = new LayerConfig(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], bias.get(r).asBoolean(), v[9]);
            String[] extras = null;
            if (!names.isEmpty()) {
                extras = new String[names.size()];
                for (int c = 0; c < extras.length; c++) extras[c] = extraCols.get(c).get(r).asText();
            }
            b.add(config, latency.get(r).asDouble(), v[10], extras);
        }
        return b.build();
    }

    private static JsonNode column(JsonNode o, String name, int n) {
        JsonNode a = o.get(name);
        if (a == null || !a.isArray() || a.size() != n) {
            throw new IllegalArgumentException("embedded dataset column \"" + name + "\" is missing or does not have "
                    + n + " values");
        }
        return a;
    }

    static ArrayNode problems(List<InputProblem> problems) {
        ArrayNode a = Json.mapper().createArrayNode();
        for (InputProblem p : problems) {
            ObjectNode o = a.addObject();
            if (p.file() != null) o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            if (p.columnName() != null) o.put("column_name", p.columnName());
            o.put("message", p.message());
        }
        return a;
    }

    static List<InputProblem> readProblems(JsonNode a) {
        List<InputProblem> out = new ArrayList<>();
        for (JsonNode o : a) {
            out.add(new InputProblem(o.hasNonNull("file") ? o.get("file").asText() : null, o.path("line").asInt(0),
                    o.path("column").asInt(0), o.hasNonNull("column_name") ? o.get("column_name").asText() : null,
                    o.path("message").asText("")));
        }
        return out;
    }
}
