package io.evolp.workflow.adaptive;

import io.evolp.io.AtomicFiles;
import io.evolp.io.JsonFiles;
import io.evolp.io.JsonOut;
import io.evolp.io.curve.CampaignCurveFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learning curve of an adaptive campaign beside its dataset: {@code D.curve.csv} (rows, cv_mape,
 * cv_acc10, spread, predictor) and {@code D.curve.json}, both rewritten atomically after every batch,
 * so a kill leaves the previous whole version. A resumed campaign reads its earlier points back from
 * the CSV and continues the curve.
 */
public final class CurveFiles {

    static final String HEADER = "rows,cv_mape,cv_acc10,spread,predictor";

    private CurveFiles() {
    }

    public static Path csvFor(Path dataset) {
        return dataset.resolveSibling(stem(dataset) + ".curve.csv");
    }

    public static Path jsonFor(Path dataset) {
        return dataset.resolveSibling(stem(dataset) + ".curve.json");
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".csv") ? n.substring(0, n.length() - 4) : n;
    }

    /** What goes into the JSON besides the points. */
    public record Meta(String device, String dataset, String source, String stopped, String reason, String rule) {
    }

    public static void write(Path dataset, List<CurvePoint> curve, Meta meta) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (CurvePoint p : curve) {
            sb.append(p.rows()).append(',').append(num(p.cvMape())).append(',').append(num(p.cvAcc10())).append(',')
                    .append(num(p.spread())).append(',').append(p.predictor().replace(',', ';')).append('\n');
        }
        AtomicFiles.writeString(csvFor(dataset), sb.toString());
        List<CampaignCurveFile.Point> pts = curve.stream().map(p -> new CampaignCurveFile.Point(p.rows(),
                JsonOut.number(p.cvMape()), JsonOut.number(p.cvAcc10()), JsonOut.number(p.spread()), p.predictor())).toList();
        JsonFiles.write(jsonFor(dataset), new CampaignCurveFile(CampaignCurveFile.FORMAT, meta.device(), meta.dataset(),
                meta.source(), meta.stopped(), meta.reason(), meta.rule(), pts));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "";
    }

    /**
     * The points of an earlier run, or an empty list when there is no curve file.
     *
     * @throws IllegalArgumentException naming file and line when the file is not a curve this class wrote
     */
    public static List<CurvePoint> read(Path dataset) throws IOException {
        Path f = csvFor(dataset);
        if (!Files.exists(f)) return List.of();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new IllegalArgumentException(f + ", line 1: not a campaign curve (expected the header '" + HEADER + "')");
        }
        List<CurvePoint> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] c = lines.get(i).split(",", 5);
            try {
                if (c.length != 5) throw new NumberFormatException("expected 5 columns, found " + c.length);
                out.add(new CurvePoint(Integer.parseInt(c[0].trim()), parse(c[1]), parse(c[2]), parse(c[3]), c[4].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(f + ", line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static double parse(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s.trim());
    }
}
