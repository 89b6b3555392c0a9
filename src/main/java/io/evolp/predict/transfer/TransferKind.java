package io.evolp.predict.transfer;

import io.evolp.io.FieldProblem;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.predict.CvRow;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorMapper;
import io.evolp.predict.StoredKind;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.features.LogLinear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kind {@code transfer} in predictor files (installed through META-INF/services): {@code variant}
 * the method, {@code chosen} the source's name, {@code folds} and {@code cv} the cross-validation,
 * {@code predictor} the embedded source predictor, {@code a}/{@code b}/{@code samples} the log-linear
 * map and the number of target rows, {@code keys} the family offsets (model "scale", offset in
 * {@code a}), {@code residual} the trees (with gbt/scaled-target-only its power law as the trees'
 * {@code scale}), {@code scale} the power law of the layer sizes of the source-informed power laws
 * (then {@code a} + {@code b}·log source + law + offsets), {@code gp} the Gaussian process of
 * gp-target-only. Files of the older kinds are untouched by this.
 */
public final class TransferKind implements StoredKind {

    static final String SCALE_MODEL = "scale";
    static final String SOURCE_FEATURE = "log_source_ms";

    @Override
    public String kind() {
        return TransferPredictor.KIND;
    }

    @Override
    public boolean stores(LatencyPredictor p) {
        return p instanceof TransferPredictor;
    }

    @Override
    public PredictorFile toFile(LatencyPredictor p, PredictorFile header) {
        TransferPredictor t = (TransferPredictor) p;
        PredictorFile f = header;
        ScaleModel s = t.scale();
        if (s != null) {
            f = f.withLine(new PredictorFile.MacLine(s.a(), s.b(), null, t.rows()));
            List<PredictorFile.KeyEntry> keys = new ArrayList<>();
            s.offsets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> keys.add(new PredictorFile.KeyEntry(
                    e.getKey(), SCALE_MODEL, e.getValue(), null, null, null, null, null, null, null, null,
                    s.counts().get(e.getKey()), null)));
            f = f.withKeyed(null, keys, null);
        } else {
            f = f.withLine(new PredictorFile.MacLine(null, null, null, t.rows()));
        }
        boolean sourceLaw = TransferPredictor.sourceLaw(t.method());
        if (sourceLaw) f = f.withScale(TreesCodec.scale(t.law()));
        PredictorFile.Trees trees = t.trees() == null ? null : TreesCodec.write(t.trees(), features(t.method()),
                absolute(t.method()) ? "log_latency_ms" : "log_latency_ratio", sourceLaw ? null : t.law());
        List<PredictorFile.CvRow> cv = t.crossValidation().stream()
                .map(r -> new PredictorFile.CvRow(r.candidate(), r.mape(), r.acc10())).toList();
        f = f.withHybrid(t.method(), cv, null, trees);
        if (t.gp() != null) f = f.withGp(PredictorMapper.gpFields(t.gp()));
        return f.withAuto(t.sourceName(), t.folds(), cv, PredictorMapper.toFile(t.source()));
    }

    @Override
    public LatencyPredictor fromFile(PredictorFile f, String device, String pointer) {
        String method = need(f.variant(), pointer, "variant");
        if (!TransferPredictor.CANDIDATES.contains(method)) {
            throw new FieldProblem(FieldProblem.child(pointer, "variant"), "unknown transfer method '" + method
                    + "' (expected one of " + TransferPredictor.CANDIDATES + ")");
        }
        String sourceName = need(f.chosen(), pointer, "chosen");
        LatencyPredictor source = PredictorMapper.fromFile(need(f.predictor(), pointer, "predictor"),
                FieldProblem.child(pointer, "predictor"));
        int rows = need(f.samples(), pointer, "samples");
        ScaleModel scale = null;
        if (TransferPredictor.needsScale(method)) {
            Map<String, Double> off = new HashMap<>();
            Map<String, Integer> cnt = new HashMap<>();
            List<PredictorFile.KeyEntry> keys = f.keys() == null ? List.of() : f.keys();
            for (int i = 0; i < keys.size(); i++) {
                PredictorFile.KeyEntry e = keys.get(i);
                String at = FieldProblem.child(pointer, "keys") + "/" + i;
                if (!SCALE_MODEL.equals(e.model())) throw new FieldProblem(at, "transfer keys must have model 'scale'");
                off.put(need(e.key(), at, "key"), need(e.a(), at, "a"));
                cnt.put(e.key(), e.samples() == null ? 0 : e.samples());
            }
            scale = new ScaleModel(need(f.a(), pointer, "a"), need(f.b(), pointer, "b"), off, cnt);
        }
        var trees = f.residual() == null ? null
                : TreesCodec.read(f.residual(), features(method), FieldProblem.child(pointer, "residual"));
        if (trees == null && TransferPredictor.needsTrees(method)) {
            throw new FieldProblem(pointer, "missing field 'residual' (the trees of " + method + ")");
        }
        LogLinear law = null;
        if (method.equals(TransferPredictor.TARGET_SCALED)) {
            law = TreesCodec.readLaw(f.residual(), FieldProblem.child(pointer, "residual"));
        } else if (TransferPredictor.sourceLaw(method)) {
            if (f.scale() == null) throw new FieldProblem(pointer, "missing field 'scale' (the power law of " + method + ")");
            law = TreesCodec.readLaw(f.scale(), FieldProblem.child(pointer, "scale"));
        }
        LatencyPredictor gp = method.equals(TransferPredictor.TARGET_GP) ? PredictorMapper.gpFromFields(f.gp(), device, pointer) : null;
        List<CvRow> cv = new ArrayList<>();
        if (f.cv() != null) {
            for (PredictorFile.CvRow r : f.cv()) {
                cv.add(new CvRow(need(r.candidate(), pointer, "cv"), need(r.mape(), pointer, "cv"), need(r.acc10(), pointer, "cv")));
            }
        }
        return new TransferPredictor(device, source, sourceName, method, scale, trees, law, gp, rows,
                f.folds() == null ? 0 : f.folds(), cv);
    }

    /** Trees that give the log latency itself, not a correction of the scaled source. */
    private static boolean absolute(String method) {
        return method.equals(TransferPredictor.FEATURE) || TransferPredictor.targetOnly(method);
    }

    private static List<String> features(String method) {
        if (!TransferPredictor.treesSeeSource(method)) return LayerFeatures.NAMES;
        List<String> out = new ArrayList<>(LayerFeatures.NAMES);
        out.add(SOURCE_FEATURE);
        return List.copyOf(out);
    }

    private static <T> T need(T v, String pointer, String field) {
        if (v == null) throw new FieldProblem(pointer, "missing field '" + field + "'");
        return v;
    }
}
