package io.evolp.workflow.export;

import io.evolp.compress.ChannelImportance;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.io.AtomicFiles;
import io.evolp.io.onnx.OnnxPruner;
import io.evolp.io.onnx.PruneResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The exports of a compression result, shared by the command line and the workbench: the pruning
 * plan, and for a model imported from ONNX the pruned ONNX itself. Files are written atomically.
 */
public final class PruneExport {

    private PruneExport() {
    }

    /** What was exported: the plan, and the pruned graph when there was an ONNX source. */
    public record Exported(PruningPlan plan, PruneResult onnx) {
    }

    /**
     * @param onnxSource the ONNX file the session's model was imported from, or null
     * @param planOut    where the plan goes, or null
     * @param onnxOut    where the pruned ONNX goes, or null (needs {@code onnxSource})
     */
    public static Exported export(SessionSettings settings, SessionResult result, ChannelImportance importance,
                                  Path onnxSource, Path planOut, Path onnxOut) throws IOException {
        if (onnxOut != null && onnxSource == null) {
            throw new IllegalArgumentException("a pruned ONNX can only be exported for a model imported from an .onnx file");
        }
        PruneResult pruned = onnxSource == null ? null : OnnxPruner.prune(onnxSource, result.widths());
        PruningPlan plan = PruningPlans.of(settings, result, importance, pruned, onnxSource == null ? null : onnxSource.toString());
        if (onnxOut != null) writeOnnx(pruned, onnxOut);
        if (planOut != null) PruningPlanJson.save(plan, planOut);
        return new Exported(plan, pruned);
    }

    /** Prunes an ONNX file to explicit widths (one per conv, as the importer numbers them) and writes it. */
    public static PruneResult prune(Path onnxSource, List<Integer> widths, Path onnxOut) throws IOException {
        PruneResult r = OnnxPruner.prune(onnxSource, widths);
        writeOnnx(r, onnxOut);
        return r;
    }

    private static void writeOnnx(PruneResult r, Path out) throws IOException {
        AtomicFiles.write(out, os -> os.write(r.onnx()));
    }

    /**
     * Checks a plan's kept channels against a fresh pruning of the same file: null when they agree,
     * else which layer differs (the plan was made for another model or other weights).
     */
    public static String mismatch(PruningPlan plan, PruneResult r) {
        for (int i = 0; i < plan.layers().size(); i++) {
            List<Integer> want = plan.layers().get(i).kept();
            if (!want.isEmpty() && !want.equals(r.layers().get(i).kept())) {
                return "layer " + i + " (" + plan.layers().get(i).node() + "): the plan keeps channels " + abbrev(want)
                        + " but this model's γ pick " + abbrev(r.layers().get(i).kept());
            }
        }
        return null;
    }

    private static String abbrev(List<Integer> l) {
        return l.size() <= 8 ? l.toString() : l.subList(0, 8).toString().replace("]", ", …]");
    }
}
