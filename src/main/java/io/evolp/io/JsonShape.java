package io.evolp.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.SafeText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strict reading policy for JSON input, as a declarative shape checked once over a parsed tree:
 * unknown fields (with the closest known name), nulls, wrong types and out-of-range numbers are
 * refused with file, line, column and field.
 *
 * <p>Why a checker over the tree rather than one reader each: the readers of models, predictors,
 * histories, sessions and projects interpret their trees by hand and used to ignore what they did
 * not look for ({@code "widht"}, {@code "dilation"}) and coerce what had the wrong type
 * ({@code "family": ["x"]}). Declaring the allowed fields per object next to each format and checking
 * them up front closes those holes without rewriting the readers.
 */
public final class JsonShape {

    private enum Type { ANY_OR_NULL, ANY, STRING, NUMBER, INTEGER, BOOLEAN, ARRAY, OBJECT, MAP, ONE_OF, SELECT, INSTANT }

    private final Type type;
    private final Map<String, JsonShape> fields;
    private final JsonShape element;
    private final List<JsonShape> alternatives;
    private final double min;
    private final boolean exclusive;
    private double max = Double.POSITIVE_INFINITY;
    private String discriminator;
    private Map<String, JsonShape> variants;

    private JsonShape(Type type, Map<String, JsonShape> fields, JsonShape element, List<JsonShape> alternatives,
                      double min, boolean exclusive) {
        this.type = type;
        this.fields = fields;
        this.element = element;
        this.alternatives = alternatives;
        this.min = min;
        this.exclusive = exclusive;
    }

    private static JsonShape of(Type t) {
        return new JsonShape(t, null, null, null, Double.NEGATIVE_INFINITY, false);
    }

    /** Anything, null included: a part of the file its reader treats as opaque. */
    public static JsonShape opaque() { return of(Type.ANY_OR_NULL); }

    /** Any value except null (a nested structure the owning reader checks itself). */
    public static JsonShape any() { return of(Type.ANY); }
    public static JsonShape string() { return of(Type.STRING); }
    /** A finite number. */
    public static JsonShape number() { return of(Type.NUMBER); }
    public static JsonShape integer() { return of(Type.INTEGER); }
    public static JsonShape bool() { return of(Type.BOOLEAN); }

    /** An object with exactly these optional fields (readers check which are required). */
    public static JsonShape object() {
        return new JsonShape(Type.OBJECT, new LinkedHashMap<>(), null, null, Double.NEGATIVE_INFINITY, false);
    }

    /** An object with free keys (names, indices) whose values all have {@code values}' shape. */
    public static JsonShape mapOf(JsonShape values) {
        return new JsonShape(Type.MAP, null, values, null, Double.NEGATIVE_INFINITY, false);
    }

    public static JsonShape arrayOf(JsonShape element) {
        return new JsonShape(Type.ARRAY, null, element, null, Double.NEGATIVE_INFINITY, false);
    }

    /** The first alternative of the value's JSON type decides (e.g. an integer or an array of them). */
    public static JsonShape oneOf(JsonShape... alternatives) {
        return new JsonShape(Type.ONE_OF, null, null, List.of(alternatives), Double.NEGATIVE_INFINITY, false);
    }

    /** An ISO-8601 instant such as {@code 2026-11-26T14:13:00Z}. */
    public static JsonShape timestamp() { return of(Type.INSTANT); }

    /**
     * An object whose shape depends on its string field {@code discriminator} (e.g. a predictor's
     * "kind"); a value without a registered shape is left to its reader (which refuses unknown kinds).
     */
    public static JsonShape select(String discriminator, Map<String, JsonShape> variants) {
        JsonShape s = of(Type.SELECT);
        s.discriminator = discriminator;
        s.variants = variants;
        return s;
    }

    /** This number shape with an upper bound, inclusive. */
    public JsonShape atMost(double bound) {
        JsonShape s = new JsonShape(type, fields, element, alternatives, min, exclusive);
        s.max = bound;
        return s;
    }

    /** Adds an allowed field (objects only). */
    public JsonShape with(String name, JsonShape shape) {
        if (type != Type.OBJECT) throw new IllegalStateException("fields belong to objects");
        fields.put(name, shape);
        return this;
    }

    /** This number shape with a lower bound, inclusive. */
    public JsonShape atLeast(double bound) {
        JsonShape s = new JsonShape(type, fields, element, alternatives, bound, false);
        s.max = max;
        return s;
    }

    /** This number shape with a lower bound, exclusive (e.g. latencies above 0). */
    public JsonShape above(double bound) {
        JsonShape s = new JsonShape(type, fields, element, alternatives, bound, true);
        s.max = max;
        return s;
    }

    /** Names of an object's allowed fields. */
    public List<String> fieldNames() {
        return fields == null ? List.of() : List.copyOf(fields.keySet());
    }

    /**
     * Checks {@code root} against this shape.
     *
     * @param text      the JSON text {@code root} was parsed from (for line and column; only scanned on failure)
     * @param firstLine file line of the text's first line (JSON lines)
     * @throws InvalidInputException at the first violation, located
     */
    public void check(JsonNode root, String file, String text, int firstLine) {
        String[] failure = violation(root, "");
        if (failure == null) return;
        JsonPositions pos = JsonPositions.of(text);
        long[] lc = failure[2] != null ? pos.nameAt(failure[0]) : pos.at(failure[0]);
        throw new InvalidInputException(new InputProblem(file, (int) lc[0] + Math.max(1, firstLine) - 1, (int) lc[1],
                JsonPositions.readable(failure[0]), failure[1]));
    }

    /** The first violation as {pointer, message, non-null when located at the field name}, or null. */
    String[] violation(JsonNode v, String at) {
        String name = label(at);
        if (type == Type.ANY_OR_NULL) return null;
        if (v.isNull()) return fail(at, name + " is null: give a value or leave the field out");
        switch (type) {
            case ANY:
                return null;
            case STRING:
                return v.isTextual() ? null : fail(at, name + " must be a string, found " + kind(v));
            case BOOLEAN:
                return v.isBoolean() ? null : fail(at, name + " must be true or false, found " + kind(v));
            case INTEGER:
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    return fail(at, name + " must be an integer, found " + kind(v));
                }
                return range(v.doubleValue(), at, name);
            case NUMBER:
                if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                    return fail(at, name + " must be a finite number, found " + kind(v));
                }
                return range(v.doubleValue(), at, name);
            case ARRAY:
                if (!v.isArray()) return fail(at, name + " must be an array, found " + kind(v));
                for (int i = 0; i < v.size(); i++) {
                    String[] f = element.violation(v.get(i), at + "/" + i);
                    if (f != null) return f;
                }
                return null;
            case MAP:
                if (!v.isObject()) return fail(at, name + " must be an object, found " + kind(v));
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    String[] f = element.violation(e.getValue(), at + "/" + JsonPositions.escape(e.getKey()));
                    if (f != null) return f;
                }
                return null;
            case OBJECT:
                return objectViolation(v, at, name);
            case INSTANT:
                if (!v.isTextual()) return fail(at, name + " must be a timestamp string, found " + kind(v));
                try {
                    java.time.Instant.parse(v.textValue());
                    return null;
                } catch (java.time.DateTimeException e) {
                    return fail(at, name + " must be a UTC timestamp such as 2026-11-26T14:13:00Z, found "
                            + kind(v));
                }
            case SELECT:
                if (!v.isObject()) return fail(at, name + " must be an object, found " + kind(v));
                JsonNode d = v.get(discriminator);
                JsonShape variant = d != null && d.isTextual() ? variants.get(d.textValue()) : null;
                return variant == null ? null : variant.violation(v, at);
            default:
                for (JsonShape alt : alternatives) {
                    if (alt.accepts(v)) return alt.violation(v, at);
                }
                return alternatives.get(0).violation(v, at);
        }
    }

    private String[] objectViolation(JsonNode v, String at, String name) {
        if (!v.isObject()) return fail(at, name + " must be an object, found " + kind(v));
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String key = e.getKey();
            String child = at + "/" + JsonPositions.escape(key);
            JsonShape s = fields.get(key);
            if (s == null) {
                String close = ClosestName.of(key, fields.keySet());
                String msg = "unknown field '" + SafeText.shorten(key, 40) + "'" + (close != null
                        ? " (did you mean '" + close + "'?)"
                        : "; " + (at.isEmpty() ? "" : name + " ") + "takes " + String.join(", ", sorted()));
                return new String[]{child, msg, "name"};
            }
            String[] f = s.violation(e.getValue(), child);
            if (f != null) return f;
        }
        return null;
    }

    private List<String> sorted() {
        List<String> names = new ArrayList<>(fields.keySet());
        Collections.sort(names);
        return names;
    }

    /** Whether the value's JSON type is the one this shape expects (ONE_OF dispatch). */
    private boolean accepts(JsonNode v) {
        return switch (type) {
            case ANY, ANY_OR_NULL -> true;
            case STRING -> v.isTextual();
            case BOOLEAN -> v.isBoolean();
            case INTEGER, NUMBER -> v.isNumber();
            case ARRAY -> v.isArray();
            case OBJECT, MAP, SELECT -> v.isObject();
            case INSTANT -> v.isTextual();
            case ONE_OF -> alternatives.stream().anyMatch(a -> a.accepts(v));
        };
    }

    private String[] range(double x, String at, String name) {
        if (x > max) return fail(at, name + " must be at most " + bound(max) + ", found " + x);
        if (exclusive ? x > min : x >= min) return null;
        return fail(at, name + " must be " + (exclusive ? "> " : ">= ") + bound(min) + ", found " + x);
    }

    private static String bound(double b) {
        return b == Math.rint(b) && Math.abs(b) < 1e15 ? String.valueOf((long) b) : String.valueOf(b);
    }

    private static String[] fail(String at, String message) {
        return new String[]{at, message, null};
    }

    private static String label(String at) {
        String r = JsonPositions.readable(at);
        return r == null ? "the value" : "'" + SafeText.shorten(r, 60) + "'";
    }

    private static String kind(JsonNode v) {
        if (v.isTextual()) return "the string \"" + SafeText.shorten(v.textValue(), 30) + "\"";
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        if (v.isBoolean()) return String.valueOf(v.booleanValue());
        if (v.isNumber()) return v.isFloatingPointNumber() && !v.isIntegralNumber() ? "the number " + v.asText() : v.asText();
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
