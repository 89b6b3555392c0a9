package io.evolp.predict;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict, located reading of a predictor JSON tree. Every failure names the JSON pointer of the
 * offending node so {@link PredictorStore#load} can turn it into a file line and column.
 */
final class JsonFields {

    /** A problem at a JSON pointer (a missing field points at the object that lacks it). */
    static final class BadField extends RuntimeException {
        final JsonPointer at;

        BadField(JsonPointer at, String message) {
            super(message);
            this.at = at;
        }
    }

    private final JsonNode node;
    private final JsonPointer at;

    private JsonFields(JsonNode node, JsonPointer at) {
        this.node = node;
        this.at = at;
    }

    static JsonFields root(JsonNode node) {
        JsonFields f = new JsonFields(node, JsonPointer.empty());
        if (node == null || !node.isObject()) throw f.fail("expected a JSON object");
        return f;
    }

    BadField fail(String message) {
        return new BadField(at, message);
    }

    JsonPointer pointer() {
        return at;
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    JsonFields field(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) throw fail("missing field '" + name + "'");
        return new JsonFields(v, at.appendProperty(name));
    }

    String text(String name) {
        JsonFields f = field(name);
        if (!f.node.isTextual()) throw f.fail("'" + name + "' must be a string");
        return f.node.textValue();
    }

    double number(String name) {
        return field(name).asNumber(name);
    }

    int integer(String name) {
        JsonFields f = field(name);
        if (!f.node.isIntegralNumber() || !f.node.canConvertToInt()) throw f.fail("'" + name + "' must be an integer");
        return f.node.intValue();
    }

    boolean bool(String name) {
        JsonFields f = field(name);
        if (!f.node.isBoolean()) throw f.fail("'" + name + "' must be true or false");
        return f.node.booleanValue();
    }

    double[] doubles(String name) {
        List<JsonFields> items = elements(name);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = items.get(i).asNumber(name + "[" + i + "]");
        return out;
    }

    double[] doubles(String name, int expectedLength) {
        double[] v = doubles(name);
        if (v.length != expectedLength) {
            throw field(name).fail("'" + name + "' must have " + expectedLength + " numbers, found " + v.length);
        }
        return v;
    }

    int[] ints(String name) {
        List<JsonFields> items = elements(name);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            JsonFields f = items.get(i);
            if (!f.node.isIntegralNumber() || !f.node.canConvertToInt()) {
                throw f.fail("'" + name + "' must hold integers");
            }
            out[i] = f.node.intValue();
        }
        return out;
    }

    List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        for (JsonFields f : elements(name)) {
            if (!f.node.isTextual()) throw f.fail("'" + name + "' must hold strings");
            out.add(f.node.textValue());
        }
        return out;
    }

    List<JsonFields> elements(String name) {
        JsonFields f = field(name);
        if (!f.node.isArray()) throw f.fail("'" + name + "' must be an array");
        List<JsonFields> out = new ArrayList<>(f.node.size());
        for (int i = 0; i < f.node.size(); i++) out.add(new JsonFields(f.node.get(i), f.at.appendIndex(i)));
        return out;
    }

    private double asNumber(String what) {
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) throw fail("'" + what + "' must be a finite number");
        return node.doubleValue();
    }
}
