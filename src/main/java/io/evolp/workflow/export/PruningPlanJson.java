package io.evolp.workflow.export;

import io.evolp.evolve.Band;
import io.evolp.io.FieldProblem;
import io.evolp.io.onnx.PrunedLayer;
import io.evolp.io.pruning.PruningPlanFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Maps {@link PruningPlan} to and from its file format ({@link PruningPlanFile}), checking what the shape cannot. */
public final class PruningPlanJson {

    private PruningPlanJson() {
    }

    public static void save(PruningPlan plan, Path file) throws IOException {
        toFile(plan).write(file);
    }

    /** @throws io.evolp.core.InvalidInputException naming file, line, column and field */
    public static PruningPlan read(Path file) throws IOException {
        return PruningPlanFile.read(file, PruningPlanJson::fromFile);
    }

    public static PruningPlan parse(String text, String name) {
        return PruningPlanFile.parse(text, name, PruningPlanJson::fromFile);
    }

    static PruningPlanFile toFile(PruningPlan p) {
        List<PruningPlanFile.Measurement> ms = new ArrayList<>();
        for (PruningPlan.Measurement m : p.measurements()) {
            ms.add(new PruningPlanFile.Measurement(m.step(), m.kind(), m.keptRatio(), m.predictedMs(), m.medianMs(),
                    m.spreadMs(), m.runs(), m.source(), m.simulated()));
        }
        List<PruningPlanFile.Layer> layers = new ArrayList<>();
        for (PrunedLayer l : p.layers()) {
            layers.add(new PruningPlanFile.Layer(l.index(), l.node(), l.channels(), l.requested(), l.width(),
                    l.kept().isEmpty() ? null : l.kept(), l.tiedWith().isEmpty() ? null : l.tiedWith(),
                    l.note().isEmpty() ? null : l.note()));
        }
        return new PruningPlanFile(PruningPlanFile.FORMAT, PruningPlanFile.VERSION, p.model(), p.source(), p.arch(),
                p.device(), p.importance(), p.budgetMs(), List.of(p.windowLowMs(), p.windowHighMs()), p.predictedMs(),
                p.band() == null ? null : List.of(p.band().low(), p.band().high()), p.measuredMs(), p.state(), p.reason(),
                ms, layers, p.notes().isEmpty() ? null : p.notes());
    }

    static PruningPlan fromFile(PruningPlanFile f) {
        if (!PruningPlanFile.FORMAT.equals(f.format())) {
            throw new FieldProblem("/format", "expected \"" + PruningPlanFile.FORMAT + "\", found " + quoted(f.format()));
        }
        if (f.version() == null || f.version() != PruningPlanFile.VERSION) {
            throw new FieldProblem("/version", "this workbench reads pruning plan version " + PruningPlanFile.VERSION
                    + ", the file is version " + f.version());
        }
        require(f.model(), "/model");
        require(f.budgetMs(), "/budget_ms");
        require(f.predictedMs(), "/predicted_ms");
        List<Double> window = pair(f.windowMs(), "/window_ms", true);
        List<Double> band = pair(f.bandMs(), "/band_ms", false);
        if (f.layers() == null || f.layers().isEmpty()) throw new FieldProblem("/layers", "a plan needs at least one layer");
        List<PrunedLayer> layers = new ArrayList<>();
        for (int i = 0; i < f.layers().size(); i++) layers.add(layer(f.layers().get(i), i));
        List<PruningPlan.Measurement> ms = new ArrayList<>();
        List<PruningPlanFile.Measurement> given = f.measurements() == null ? List.of() : f.measurements();
        for (int i = 0; i < given.size(); i++) {
            PruningPlanFile.Measurement m = given.get(i);
            String at = "/measurements/" + i;
            ms.add(new PruningPlan.Measurement(require(m.step(), at + "/step"), m.kind() == null ? "" : m.kind(),
                    orNaN(m.keptRatio()), orNaN(m.predictedMs()), require(m.medianMs(), at + "/median_ms"),
                    orNaN(m.spreadMs()), m.runs() == null ? 0 : m.runs(), m.source() == null ? "" : m.source(),
                    Boolean.TRUE.equals(m.simulated())));
        }
        return new PruningPlan(f.model(), f.source(), f.arch(), f.device(), f.importance() == null ? "" : f.importance(),
                f.budgetMs(), window.get(0), window.get(1), f.predictedMs(),
                band == null ? null : new Band(band.get(0), band.get(1)), f.measuredMs(), f.state(), f.reason(), ms, layers,
                f.notes() == null ? List.of() : f.notes());
    }

    private static PrunedLayer layer(PruningPlanFile.Layer l, int i) {
        String at = "/layers/" + i;
        int index = require(l.index(), at + "/index");
        if (index != i) throw new FieldProblem(at + "/index", "layers must be listed in order: expected " + i + ", found " + index);
        int channels = require(l.channels(), at + "/channels");
        int width = require(l.width(), at + "/width");
        int requested = require(l.requested(), at + "/requested");
        if (width > channels) throw new FieldProblem(at + "/width", "width " + width + " exceeds the layer's " + channels + " channels");
        List<Integer> kept = l.kept() == null ? List.of() : l.kept();
        if (!kept.isEmpty() && kept.size() != width) {
            throw new FieldProblem(at + "/kept", kept.size() + " kept channels listed for width " + width);
        }
        for (int k = 0; k < kept.size(); k++) {
            if (kept.get(k) >= channels || (k > 0 && kept.get(k) <= kept.get(k - 1))) {
                throw new FieldProblem(at + "/kept/" + k, "kept channels must be ascending indices below " + channels
                        + ", found " + kept.get(k));
            }
        }
        return new PrunedLayer(index, l.name() == null ? "" : l.name(), channels, requested, width, kept,
                l.tiedWith() == null ? List.of() : l.tiedWith(), l.note() == null ? "" : l.note());
    }

    private static List<Double> pair(List<Double> v, String field, boolean required) {
        if (v == null && !required) return null;
        if (v == null || v.size() != 2 || !(v.get(0) <= v.get(1))) {
            throw new FieldProblem(field, "expected [low, high] with low ≤ high");
        }
        return v;
    }

    private static <T> T require(T v, String field) {
        if (v == null) throw new FieldProblem(field, "required");
        return v;
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }
}
