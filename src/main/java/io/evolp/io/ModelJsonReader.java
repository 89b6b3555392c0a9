package io.evolp.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.Latencies;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.SafeText;
import io.evolp.core.zoo.Architecture;
import io.evolp.core.zoo.Zoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one JSON text into a {@link ModelSpec}, failing with the first problem located at its
 * file line and column. Conv field names and defaults follow PyTorch (stride 1, padding 0,
 * groups 1, no bias when omitted).
 */
final class ModelJsonReader {

    private final String file;
    private final int firstLine;
    private JsonPositions locations;

    ModelJsonReader(String file, int firstLine) {
        this.file = file;
        this.firstLine = Math.max(1, firstLine);
    }

    ModelSpec read(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(problem(firstLine, 0, null, "empty input: expected a JSON object describing a model"));
        }
        if (!root.isObject()) {
            locations = JsonPositions.of(json);
            throw fail("", "expected a JSON object describing a model (for many models use JSON lines: one object per line)");
        }
        ModelShape.MODEL.check(root, file, json, firstLine);
        locations = JsonPositions.of(json);
        JsonNode arch = root.get("arch");
        JsonNode convs = root.get("convs");
        String name = optionalText(root, "name");
        ModelSpec spec;
        if (arch != null && convs != null) {
            throw fail("/convs", "give either \"arch\" (with optional \"widths\") or \"convs\", not both");
        } else if (arch != null) {
            spec = archModel(arch, root.get("widths"), name);
        } else if (convs != null) {
            spec = ModelSpec.explicit(name != null ? name : defaultName(), explicitConvs(convs));
        } else {
            throw fail("", "expected \"arch\" (a built-in architecture) or \"convs\" (a list of conv layers)");
        }
        Double latency = latency(root.get("latency_ms"));
        Map<String, double[]> gammas = ModelJsonGammas.read(root.get("gammas"), spec, this);
        return new ModelSpec(spec.name(), spec.arch(), spec.widths(), spec.convs(), latency, gammas);
    }

    private ModelSpec archModel(JsonNode archNode, JsonNode widthsNode, String name) {
        if (!archNode.isTextual()) throw fail("/arch", "expected an architecture id string, one of " + String.join(", ", Zoo.ids()));
        Architecture a;
        try {
            a = Zoo.get(archNode.textValue());
        } catch (IllegalArgumentException e) {
            throw fail("/arch", "unknown architecture '" + archNode.textValue() + "'; known: " + String.join(", ", Zoo.ids()));
        }
        int[] widths = a.fullWidths();
        if (widthsNode != null && !widthsNode.isNull()) {
            if (!widthsNode.isArray()) throw fail("/widths", "expected an array of " + widths.length + " channel widths");
            if (widthsNode.size() != widths.length) {
                throw fail("/widths", a.id() + " expects " + widths.length + " widths (one per prunable layer), got "
                        + widthsNode.size());
            }
            for (int i = 0; i < widths.length; i++) {
                widths[i] = positiveInt(widthsNode.get(i), "/widths/" + i,
                        "width of " + a.prunableNames().get(i));
            }
        }
        ModelSpec m = Zoo.model(a.id(), widths);
        return new ModelSpec(name != null ? name : a.id(), m.arch(), m.widths(), m.convs(), null, null);
    }

    private List<LayerConfig> explicitConvs(JsonNode convs) {
        if (!convs.isArray() || convs.isEmpty()) throw fail("/convs", "expected a non-empty array of conv layers");
        List<LayerConfig> out = new ArrayList<>(convs.size());
        for (int i = 0; i < convs.size(); i++) {
            String at = "/convs/" + i;
            JsonNode c = convs.get(i);
            if (!c.isObject()) throw fail(at, "conv " + i + ": expected an object with input_size, cin, cout, k, s, p");
            int in = requiredInt(c, at, i, "input_size");
            int cin = requiredInt(c, at, i, "cin");
            int cout = requiredInt(c, at, i, "cout");
            String kName = ModelShape.name(c, "k", "kernel_size", at, this);
            if (c.get(kName) == null) throw fail(at, "conv " + i + ": missing \"k\" (kernel size)");
            int[] k = pair(c, at, i, kName, 1, 1);
            int[] s = pair(c, at, i, ModelShape.name(c, "s", "stride", at, this), 1, 1);
            int[] p = pair(c, at, i, ModelShape.name(c, "p", "padding", at, this), 0, 0);
            if (c.has("dilation")) {
                int[] d = pair(c, at, i, "dilation", 1, 1);
                if (d[0] != 1 || d[1] != 1) {
                    throw fail(at + "/dilation", "conv " + i + ": dilation " + (d[0] == d[1] ? d[0] : d[0] + "x" + d[1])
                            + " is not supported (the predictors model undilated convs); use dilation 1 or leave it out");
                }
            }
            int groups = c.has("groups") ? positiveInt(c.get("groups"), at + "/groups", "conv " + i + " groups") : 1;
            boolean bias = false;
            JsonNode b = c.get("bias");
            if (b != null && !b.isNull()) {
                if (!b.isBoolean()) throw fail(at + "/bias", "conv " + i + ": \"bias\" must be true or false");
                bias = b.booleanValue();
            }
            String problem = LayerConfig.problem(in, cin, cout, k[0], k[1], s[0], s[1], p[0], p[1], groups);
            if (problem != null) throw fail(at, "conv " + i + ": " + problem);
            out.add(new LayerConfig(in, cin, cout, k[0], k[1], s[0], s[1], p[0], p[1], bias, groups));
        }
        return out;
    }

    private int requiredInt(JsonNode conv, String at, int index, String field) {
        if (!conv.has(field)) throw fail(at, "conv " + index + ": missing \"" + field + "\"");
        return positiveInt(conv.get(field), at + "/" + field, "conv " + index + " " + field);
    }

    /** An int or a two-element [height, width] array; {@code dflt} when absent. Padding may be 0. */
    private int[] pair(JsonNode conv, String at, int index, String field, int dflt, int min) {
        JsonNode v = conv.get(field);
        if (v == null) return new int[]{dflt, dflt};
        String what = "conv " + index + ": \"" + field + "\" must be an integer >= " + min
                + " or a two-element array [h, w] of such integers";
        if (v.isArray()) {
            if (v.size() != 2) throw fail(at + "/" + field, what + ", got " + v.size() + " elements");
            return new int[]{intAtLeast(v.get(0), at + "/" + field + "/0", min, what),
                    intAtLeast(v.get(1), at + "/" + field + "/1", min, what)};
        }
        int x = intAtLeast(v, at + "/" + field, min, what);
        return new int[]{x, x};
    }

    private int positiveInt(JsonNode v, String at, String what) {
        return intAtLeast(v, at, 1, what + " must be a positive integer");
    }

    private int intAtLeast(JsonNode v, String at, int min, String expected) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min) {
            throw fail(at, expected + ", got " + (v == null ? "nothing" : SafeText.shorten(v.toString(), 40)));
        }
        int max = ModelShape.max(at);
        if (v.intValue() > max) throw fail(at, expected.replaceFirst(" must be .*", "") + " must be at most " + max
                + ", got " + v.intValue());
        return v.intValue();
    }

    private Double latency(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw fail("/latency_ms", "\"latency_ms\" must be a number of milliseconds, got "
                + SafeText.shorten(v.toString(), 40));
        double ms = v.doubleValue();
        String why = Latencies.problem(ms);
        if (why != null) throw fail("/latency_ms", "\"latency_ms\": " + why);
        return ms;
    }

    private String optionalText(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual() || v.textValue().isBlank()) throw fail("/" + field, "\"" + field + "\" must be a non-empty string");
        return v.textValue();
    }

    /** Unnamed explicit models are named after their file: models of one file usually share a family. */
    private String defaultName() {
        if (file == null) return "model";
        String base = file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** A problem at the JSON value {@code pointer}. */
    InvalidInputException fail(String pointer, String message) {
        long[] lc = locations.at(pointer);
        return new InvalidInputException(problem(firstLine + (int) lc[0] - 1, (int) lc[1], readable(pointer), message));
    }

    private InvalidInputException syntaxError(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        for (String cut : new String[]{" (start marker", ": enable `", " (bound as", "\n"}) {
            int i = msg.indexOf(cut);
            if (i > 0) msg = msg.substring(0, i);
        }
        if (e instanceof JsonEOFException) {
            msg = "truncated JSON: " + msg;
        } else if (e instanceof MismatchedInputException && msg.startsWith("Trailing token")) {
            msg = "unexpected content after the model object (one model per file, or JSON lines: one object per line)";
        } else {
            msg = "invalid JSON: " + msg + (msg.contains("NaN") || msg.contains("Infinity") ? " (numbers must be finite)" : "");
        }
        int line = 0, col = 0;
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            line = firstLine + e.getLocation().getLineNr() - 1;
            col = Math.max(0, e.getLocation().getColumnNr());
        }
        return new InvalidInputException(problem(line, col, null, msg));
    }

    private InputProblem problem(int line, int column, String path, String message) {
        return new InputProblem(file, line, column, path, message);
    }

    /** "/convs/2/cin" → "convs[2].cin" (see {@link JsonPositions#readable}). */
    static String readable(String pointer) {
        return JsonPositions.readable(pointer);
    }
}
