package io.evolp.evolve;

import io.evolp.io.evolve.CorrectionFile;
import io.evolp.io.evolve.EvolvingFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrections ↔ {@link CorrectionFile}. Only the kind, its settings and the points are stored — the
 * fit is redone on load, so there is no second copy of the state to disagree, and because doubles
 * are written in their exact round-trip form the reloaded correction predicts bit for bit the same.
 */
public final class CorrectionJson {

    public static final int FORMAT = 1;

    private CorrectionJson() {
    }

    public static CorrectionFile write(Correction c) {
        Integer window = c instanceof RobustCorrection r ? r.window() : null;
        BayesCorrection b = c instanceof BayesCorrection x ? x : null;
        List<List<Double>> points = new ArrayList<>();
        for (double[] p : c.points()) points.add(List.of(p[0], p[1]));
        List<Double> spreads = null;
        if (c instanceof ShrinkCorrection s) {
            spreads = new ArrayList<>();
            for (double v : s.spreads()) spreads.add(Double.isFinite(v) ? v : null);
        }
        return new CorrectionFile(c.kind(), window, b == null ? null : b.slopeSd(), b == null ? null : b.interceptSdMs(),
                b == null ? null : b.noise(), points, spreads);
    }

    /** @throws IllegalArgumentException naming the field that is missing or wrong */
    public static Correction read(CorrectionFile o) {
        if (o == null) throw new IllegalArgumentException("a correction must be a JSON object");
        if (o.kind() == null) throw new IllegalArgumentException("'kind' must be a string");
        List<double[]> points = points(o.points());
        return switch (o.kind()) {
            case "shrink" -> new ShrinkCorrection(points, spreads(o.spreads(), points.size()));
            case "linear" -> new LinearCorrection(points);
            case "robust" -> new RobustCorrection(points, o.window() != null ? o.window() : RobustCorrection.DEFAULT_WINDOW);
            case "bayes" -> new BayesCorrection(points, number(o.slopeSd(), "slope_sd"),
                    number(o.interceptSdMs(), "intercept_sd_ms"), number(o.noise(), "noise"));
            default -> throw new IllegalArgumentException("unknown correction kind '" + o.kind() + "'; known: " + Corrections.KINDS);
        };
    }

    public static CorrectionFile.Families write(FamilyCorrections f) {
        Map<String, CorrectionFile> fam = new LinkedHashMap<>();
        f.families().forEach((name, c) -> fam.put(name, write(c)));
        return new CorrectionFile.Families(FORMAT, f.minFamilyPoints(), write(f.prototype()), write(f.pooled()), fam);
    }

    public static FamilyCorrections readFamilies(CorrectionFile.Families o) {
        if (o == null) throw new IllegalArgumentException("family corrections must be a JSON object");
        int format = (int) number(o.format() == null ? null : o.format().doubleValue(), "format");
        if (format > FORMAT) throw new IllegalArgumentException("correction format " + format + " is newer than this program (" + FORMAT + ")");
        Map<String, Correction> families = new LinkedHashMap<>();
        if (o.families() != null) o.families().forEach((name, c) -> families.put(name, read(c)));
        int min = (int) number(o.minFamilyPoints() == null ? null : o.minFamilyPoints().doubleValue(), "min_family_points");
        return new FamilyCorrections(read(o.prototype()), families, read(o.pooled()), min);
    }

    public static void save(FamilyCorrections f, Path file) throws IOException {
        EvolvingFiles.writeCorrections(file, write(f));
    }

    public static FamilyCorrections load(Path file) throws IOException {
        try {
            return EvolvingFiles.readCorrections(file, CorrectionJson::readFamilies);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<double[]> points(List<List<Double>> arr) {
        if (arr == null) throw new IllegalArgumentException("'points' must be an array of [raw, measured] pairs");
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            List<Double> p = arr.get(i);
            if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null) {
                throw new IllegalArgumentException("points[" + i + "] must be [raw, measured], was " + p);
            }
            out.add(new double[]{p.get(0), p.get(1)});
        }
        return out;
    }

    /** Measurement sds of a shrink correction; absent (older files) or null entries mean unknown. */
    private static double[] spreads(List<Double> arr, int n) {
        double[] out = ShrinkCorrection.nans(n);
        if (arr == null) return out;
        if (arr.size() != n) {
            throw new IllegalArgumentException("'spreads' must be an array with one entry per point (" + n + ")");
        }
        for (int i = 0; i < n; i++) if (arr.get(i) != null) out[i] = arr.get(i);
        return out;
    }

    private static double number(Double v, String field) {
        if (v == null) throw new IllegalArgumentException("'" + field + "' must be a number");
        return v;
    }
}
