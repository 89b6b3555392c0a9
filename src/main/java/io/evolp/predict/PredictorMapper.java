package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.io.predictor.PredictorFile;

import java.util.Map;

/**
 * Predictors ↔ {@link PredictorFile}, explicitly, one case per kind. Reading refuses a newer format,
 * an unknown kind or model, and missing or inconsistent fields with a {@link io.evolp.io.FieldProblem}
 * at the offending field (the file reader turns it into line and column).
 */
public final class PredictorMapper {

    private PredictorMapper() {
    }

    public static PredictorFile toFile(LatencyPredictor p) {
        PredictorFile h = PredictorFile.header(PredictorStore.FORMAT, p.kind(), p.device());
        if (p instanceof EvolpPredictor e) {
            return h.withKeyed(KeyModelMapper.line(e.general()), KeyModelMapper.entries(e),
                    e.global() == null ? null : TreeMapper.gbt(e.global()));
        }
        if (p instanceof LutPredictor l) return h.withKeyed(KeyModelMapper.line(l.general()), KeyModelMapper.entries(l), null);
        if (p instanceof FlopsPredictor f) return h.withLine(KeyModelMapper.line(f.line()));
        if (p instanceof ForestPredictor f) return h.withTrees(TreeMapper.forest(f));
        if (p instanceof GbtPredictor g) return h.withTrees(TreeMapper.gbt(g));
        if (p instanceof GpPredictor g) return h.withGp(GpMapper.write(g));
        if (p instanceof HybridPredictor y) {
            return h.withHybrid(y.variant(), TreeMapper.cv(y.crossValidation()), toFile(y.nets()),
                    y.residual() == null ? null : TreeMapper.gbt(y.residual()));
        }
        if (p instanceof AutoPredictor a) {
            return h.withAuto(a.chosenCandidate(), a.folds(), TreeMapper.cv(a.crossValidation()), toFile(a.chosen()));
        }
        for (StoredKind k : StoredKind.installed()) if (k.stores(p)) return k.toFile(p, h);
        throw new IllegalArgumentException("cannot store predictor of class " + p.getClass().getName());
    }

    /** The {@code gp} object of a Gaussian-process predictor, for files of other kinds that embed one (transfer). */
    public static PredictorFile.Gp gpFields(LatencyPredictor p) {
        if (!(p instanceof GpPredictor g)) throw new IllegalArgumentException("not a Gaussian process: " + p.kind());
        return GpMapper.write(g);
    }

    /** The Gaussian process of the object at {@code pointer}, whose field {@code gp} must hold it. */
    public static LatencyPredictor gpFromFields(PredictorFile.Gp gp, String device, String pointer) {
        return GpMapper.read(device, gp, At.of(pointer));
    }

    /** Rebuilds the predictor of a file read or bound elsewhere (top level). */
    public static LatencyPredictor fromFile(PredictorFile f) {
        return read(f, At.root());
    }

    /** Rebuilds a predictor embedded in another file at JSON pointer {@code pointer} (e.g. "/base"). */
    public static LatencyPredictor fromFile(PredictorFile f, String pointer) {
        return read(f, At.of(pointer));
    }

    /** Reads a predictor object (top level or nested, e.g. inside auto or hybrid). */
    static LatencyPredictor read(PredictorFile f, At at) {
        int format = at.need(f.format(), "format");
        if (format > PredictorStore.FORMAT) {
            throw at.field("format").fail("predictor format " + format + " is newer than this version supports ("
                    + PredictorStore.FORMAT + "); update EvoLP Workbench");
        }
        if (format < 1) throw at.field("format").fail("invalid predictor format " + format);
        String kind = at.need(f.kind(), "kind");
        String device = at.need(f.device(), "device");
        return switch (kind) {
            case EvolpPredictor.KIND -> evolp(device, f, at);
            case LutPredictor.KIND -> new LutPredictor(device, KeyModelMapper.keys(f.keys(), at, (e, item) -> {
                String model = item.need(e.model(), "model");
                if (!model.equals(LutTable.MODEL)) throw item.field("model").fail("unknown key model '" + model + "' (expected table)");
                return KeyModelMapper.table(e, item);
            }), general(f, at));
            case FlopsPredictor.KIND -> new FlopsPredictor(device, KeyModelMapper.line(f.line(), at));
            case ForestPredictor.KIND -> TreeMapper.forest(device, f.treeFields(), at);
            case GbtPredictor.KIND -> TreeMapper.gbt(device, f.treeFields(), at);
            case GpPredictor.KIND -> GpMapper.read(device, f.gp(), at);
            case HybridPredictor.KIND -> hybrid(device, f, at);
            case AutoPredictor.KIND -> auto(f, at);
            default -> extension(kind, device, f, at);
        };
    }

    /** A kind registered through {@link StoredKind} (e.g. transfer), or a problem at "kind". */
    private static LatencyPredictor extension(String kind, String device, PredictorFile f, At at) {
        for (StoredKind k : StoredKind.installed()) if (k.kind().equals(kind)) return k.fromFile(f, device, at.pointer());
        throw at.field("kind").fail("unknown predictor kind '" + kind + "' (expected one of "
                    + String.join(", ", Predictors.kinds()) + ")");
    }

    private static MacLine general(PredictorFile f, At at) {
        return KeyModelMapper.line(at.need(f.general(), "general"), at.field("general"));
    }

    private static EvolpPredictor evolp(String device, PredictorFile f, At at) {
        GbtPredictor global = f.global() != null ? TreeMapper.gbt(device, f.global(), at.field("global")) : null;
        Map<ConfigKey, KeyModel> models = KeyModelMapper.keys(f.keys(), at, (e, item) -> {
            String model = item.need(e.model(), "model");
            return switch (model) {
                case NetKeyModel.MODEL -> KeyModelMapper.net(e, item);
                case MacLine.MODEL -> KeyModelMapper.macLine(e, item);
                case GlobalKeyModel.MODEL -> {
                    if (global == null) throw item.field("model").fail("key model 'global' needs a 'global' learner in the file");
                    yield new GlobalKeyModel(global, e.samples() != null ? e.samples() : 0);
                }
                default -> throw item.field("model").fail("unknown key model '" + model + "' (expected mlp, mac_line or global)");
            };
        });
        return new EvolpPredictor(device, models, general(f, at), global);
    }

    private static HybridPredictor hybrid(String device, PredictorFile f, At at) {
        String variant = at.need(f.variant(), "variant");
        if (!HybridPredictor.VARIANTS.contains(variant)) {
            throw at.field("variant").fail("unknown hybrid variant '" + variant + "' (expected one of " + HybridPredictor.VARIANTS + ")");
        }
        At netsAt = at.field("nets");
        if (!(read(at.need(f.nets(), "nets"), netsAt) instanceof EvolpPredictor nets) || nets.global() == null) {
            throw netsAt.fail("'nets' must be an evolp predictor with a global learner");
        }
        GbtPredictor residual = null;
        if (variant.equals(Candidates.RESIDUAL)) {
            residual = TreeMapper.gbt(device, at.need(f.residual(), "residual"), at.field("residual"));
        }
        return new HybridPredictor(nets, residual, variant, TreeMapper.cv(f.cv(), at));
    }

    private static AutoPredictor auto(PredictorFile f, At at) {
        String candidate = at.need(f.chosen(), "chosen");
        At innerAt = at.field("predictor");
        LatencyPredictor p = read(at.need(f.predictor(), "predictor"), innerAt);
        if (p instanceof AutoPredictor) throw innerAt.fail("an auto predictor cannot wrap another auto predictor");
        return new AutoPredictor(p, candidate, at.need(f.folds(), "folds"), TreeMapper.cv(f.cv(), at));
    }
}
