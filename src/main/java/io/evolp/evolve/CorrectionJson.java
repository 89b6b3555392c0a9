package io.evolp.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for corrections. Only the kind, its settings and the points are stored — the fit is redone on
 * load, so there is no second copy of the state to disagree, and because Jackson writes doubles in
 * their shortest exact form the reloaded correction predicts bit for bit the same.
 *
 * <pre>
 * {"kind":"shrink","points":[[raw,measured],...],"spreads":[sd_ms or null,...]}
 * {"kind":"robust","window":20,"points":[[raw,measured],...]}
 * {"kind":"bayes","slope_sd":0.5,"intercept_sd_ms":10,"noise":0.1,"points":[...]}
 * {"format":1,"min_family_points":3,"prototype":{...},"pooled":{...},"families":{"vgg16":{...}}}
 * </pre>
 */
public final class CorrectionJson {

    public static final int FORMAT = 1;

    private CorrectionJson() {
    }

    public static ObjectNode write(Correction c) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("kind", c.kind());
        if (c instanceof RobustCorrection r) {
            o.put("window", r.window());
        } else if (c instanceof BayesCorrection b) {
            o.put("slope_sd", b.slopeSd());
            o.put("intercept_sd_ms", b.interceptSdMs());
            o.put("noise", b.noise());
        }
        ArrayNode pts = o.putArray("points");
        for (double[] p : c.points()) pts.addArray().add(p[0]).add(p[1]);
        if (c instanceof ShrinkCorrection s) {
            ArrayNode sd = o.putArray("spreads");
            for (double v : s.spreads()) {
                if (Double.isFinite(v)) sd.add(v);
                else sd.addNull();
            }
        }
        return o;
    }

    /** @throws IllegalArgumentException naming the field that is missing or wrong */
    public static Correction read(JsonNode o) {
        if (o == null || !o.isObject()) throw new IllegalArgumentException("a correction must be a JSON object");
        String kind = text(o, "kind");
        List<double[]> points = points(o.get("points"));
        switch (kind) {
            case "shrink": return new ShrinkCorrection(points, spreads(o.get("spreads"), points.size()));
            case "linear": return new LinearCorrection(points);
            case "robust": return new RobustCorrection(points, o.has("window") ? (int) number(o, "window") : RobustCorrection.DEFAULT_WINDOW);
            case "bayes": return new BayesCorrection(points, number(o, "slope_sd"), number(o, "intercept_sd_ms"), number(o, "noise"));
            default: throw new IllegalArgumentException("unknown correction kind '" + kind + "'; known: " + Corrections.KINDS);
        }
    }

    public static ObjectNode write(FamilyCorrections f) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("format", FORMAT);
        o.put("min_family_points", f.minFamilyPoints());
        o.set("prototype", write(f.prototype()));
        o.set("pooled", write(f.pooled()));
        ObjectNode fam = o.putObject("families");
        f.families().forEach((name, c) -> fam.set(name, write(c)));
        return o;
    }

    public static FamilyCorrections readFamilies(JsonNode o) {
        if (o == null || !o.isObject()) throw new IllegalArgumentException("family corrections must be a JSON object");
        int format = (int) number(o, "format");
        if (format > FORMAT) throw new IllegalArgumentException("correction format " + format + " is newer than this program (" + FORMAT + ")");
        Map<String, Correction> families = new LinkedHashMap<>();
        JsonNode fam = o.get("families");
        if (fam != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = fam.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                families.put(e.getKey(), read(e.getValue()));
            }
        }
        return new FamilyCorrections(read(o.get("prototype")), families, read(o.get("pooled")),
                (int) number(o, "min_family_points"));
    }

    public static void save(FamilyCorrections f, Path file) throws IOException {
        AtomicFiles.write(file, out -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, write(f)));
    }

    public static FamilyCorrections load(Path file) throws IOException {
        try {
            return readFamilies(Json.mapper().readTree(io.evolp.io.InputFiles.readJson(file)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<double[]> points(JsonNode arr) {
        if (arr == null || !arr.isArray()) throw new IllegalArgumentException("'points' must be an array of [raw, measured] pairs");
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode p = arr.get(i);
            if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("points[" + i + "] must be [raw, measured], was " + p);
            }
            out.add(new double[]{p.get(0).doubleValue(), p.get(1).doubleValue()});
        }
        return out;
    }

    /** Measurement sds of a shrink correction; absent (older files) or null entries mean unknown. */
    private static double[] spreads(JsonNode arr, int n) {
        double[] out = ShrinkCorrection.nans(n);
        if (arr == null || arr.isNull()) return out;
        if (!arr.isArray() || arr.size() != n) {
            throw new IllegalArgumentException("'spreads' must be an array with one entry per point (" + n + ")");
        }
        for (int i = 0; i < n; i++) {
            JsonNode v = arr.get(i);
            if (v.isNumber()) out[i] = v.doubleValue();
            else if (!v.isNull()) throw new IllegalArgumentException("spreads[" + i + "] must be a number or null, was " + v);
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("'" + field + "' must be a string");
        return v.asText();
    }

    private static double number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("'" + field + "' must be a number");
        return v.doubleValue();
    }
}
