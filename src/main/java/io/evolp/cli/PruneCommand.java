package io.evolp.cli;

import io.evolp.compress.SessionJson;
import io.evolp.compress.SessionRecord;
import io.evolp.io.JsonOut;
import io.evolp.io.onnx.PruneResult;
import io.evolp.io.onnx.PrunedLayer;
import io.evolp.workflow.export.PruneExport;
import io.evolp.workflow.export.PruningPlan;
import io.evolp.workflow.export.PruningPlanJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code evolp prune}: applies a compression result to an ONNX model — conv weights, biases and BN
 * parameters cut to the kept channels, ready to fine-tune.
 */
@Command(name = "prune", description = "Write a pruned copy of an ONNX model: each conv keeps the channels of largest "
        + "|BN γ| (residual-tied convs keep the same ones), weights, biases and BN parameters are cut to them.")
final class PruneCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "M.onnx", description = "The ONNX model to prune.")
    Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Widths widths;

    static final class Widths {
        @Option(names = "--plan", paramLabel = "plan.json", description = "A pruning plan (evolp compress --export-plan).")
        Path plan;

        @Option(names = "--session", paramLabel = "S.json", description = "A saved compression session (its chosen widths).")
        Path session;

        @Option(names = "--widths", split = ",", paramLabel = "W", description = "Output width of every conv, in graph order.")
        List<Integer> list;
    }

    @Option(names = "--out", required = true, paramLabel = "pruned.onnx", description = "Where the pruned model goes.")
    Path out;

    @Option(names = "--plan-out", paramLabel = "plan.json", description = "Also write the pruning plan (with --session).")
    Path planOut;

    @Option(names = "--json", description = "Print one JSON object: widths, layers (with kept channels), notes.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Inputs.requireFile(model);
        OutputGuard.check("--out", out, "--model", model);
        if (planOut != null && widths.session == null) throw new IllegalArgumentException("--plan-out needs --session");
        PruneResult r;
        if (widths.session != null) {
            Inputs.requireFile(widths.session);
            SessionRecord s = SessionJson.load(widths.session);
            r = PruneExport.export(s.settings(), s.result(), null, model, planOut, out).onnx();
        } else if (widths.plan != null) {
            Inputs.requireFile(widths.plan);
            PruningPlan plan = PruningPlanJson.read(widths.plan);
            r = PruneExport.prune(model, plan.requestedWidths(), out);
            String differs = PruneExport.mismatch(plan, r);
            if (differs != null) {
                java.nio.file.Files.deleteIfExists(out);
                throw new IllegalArgumentException(widths.plan + " does not fit " + model + ": " + differs);
            }
        } else {
            r = PruneExport.prune(model, widths.list, out);
        }
        print(r);
        return 0;
    }

    private void print(PruneResult r) {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("widths", r.widths());
            m.put("layers", r.layers().stream().map(l -> Map.of("index", l.index(), "name", l.node(), "channels", l.channels(),
                    "width", l.width(), "kept", l.kept(), "tied_with", l.tiedWith(), "note", l.note())).toList());
            m.put("notes", r.notes());
            m.put("out", out.toString());
            o.println(JsonOut.line(m));
            return;
        }
        o.printf("%5s  %-28s %8s %6s  %s%n", "conv", "node", "channels", "kept", "note");
        for (PrunedLayer l : r.layers()) {
            o.printf("%5d  %-28s %8d %6d  %s%n", l.index(), l.node(), l.channels(), l.width(), l.note());
        }
        for (String n : r.notes()) o.println("note: " + n);
        o.printf("Kept channels by %s.%nWrote %s (%,d bytes)%s%n", r.importance(), out, r.onnx().length,
                planOut == null ? "" : " and " + planOut);
    }
}
