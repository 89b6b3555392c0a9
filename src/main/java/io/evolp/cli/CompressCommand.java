package io.evolp.cli;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.ChannelImportance;
import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionJson;
import io.evolp.compress.SessionReason;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionState;
import io.evolp.compress.SessionStep;
import io.evolp.core.ModelSpec;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.EvolvingPredictorJson;
import io.evolp.io.ModelJson;
import io.evolp.measure.MeasurementSource;
import io.evolp.task.ConsoleProgress;
import io.evolp.workflow.CompressionPlanning;
import io.evolp.workflow.ImportanceChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code evolp compress}: the EvoLP loop — search widths for a latency budget with the evolving
 * predictor, measure the candidate, refit the correction, search again — until a candidate is
 * confidently in [0.97, 1.0] × budget and confirmed, or the session says why not. The exit code
 * tells a script which: {@link SessionState#exitCode()}.
 */
@Command(name = "compress", description = "Prune channels to a latency budget with the self-evolving predictor "
        + "(search → measure → refit → search …). A candidate counts as in the window [0.97, 1.0] × budget only when "
        + "its measurements' 90 %% interval lies inside it (noisy ones are measured again) and an independent "
        + "measurement confirms it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:converged (confirmed in the window), or the full model already fits",
                "1:error (bad input, failed measurement)", "2:usage error (unknown or missing option)",
                "3:not converged (measurement budget spent, noise wider than the window, prediction only)",
                "4:budget unreachable (even the most pruned model measures above it)"})
final class CompressCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--predictor", required = true, paramLabel = "P.json", description = "Trained or evolved predictor.")
    Path predictorFile;

    @Option(names = "--model", required = true, paramLabel = "M.json",
            description = "Model to compress (JSON, or vgg16/resnet50/mobilenetv1/inceptionv3).")
    Path model;

    @Option(names = "--budget", required = true, paramLabel = "MS", description = "Latency budget in ms.")
    double budget;

    /** --device and how it measures: the same options as {@code evolp measure}. */
    @Mixin MeasureOptions device;

    @Option(names = "--importance", paramLabel = "G.json|G.csv",
            description = "BN γ per prunable layer (JSON or CSV, see README). Default: γ carried by the model "
                    + "file, else uniform width scaling.")
    Path importance;

    @Option(names = "--demo-importance", paramLabel = "SEED",
            description = "Seeded random γ instead of real ones (a demo of the γ search).")
    Long demoSeed;

    @Option(names = "--correction", paramLabel = "KIND", description = "Correction kind: shrink, linear (the EvoLP paper's), robust or bayes "
            + "(default: the evolved predictor's own, else shrink).")
    String correction;

    @Option(names = "--max-measurements", defaultValue = "20", paramLabel = "N",
            description = "Measurement budget; repeated rounds and the confirmation count (default ${DEFAULT-VALUE}).")
    int maxMeasurements;

    @Option(names = "--confirm-gap", paramLabel = "S",
            description = "Seconds the confirmation waits after the last measurement, so that it is independent of the "
                    + "device's momentary speed (default: 10 on a real device, 0 simulated or replayed).")
    Double confirmGap;

    @Option(names = "--nearest", description = "replay: answer unrecorded models from the nearest recording (flagged).")
    boolean nearest;

    @Option(names = "--paper-search", description = "EvoLP's original search: stop at a 0.02 ratio interval, "
            + "accept anywhere in the window (default: finer search aimed at the window centre).")
    boolean paperSearch;

    @Option(names = "--session-out", paramLabel = "S.json", description = "Save the whole session (every step).")
    Path sessionOut;

    @Option(names = "--model-out", paramLabel = "pruned.json", description = "Save the chosen pruned model.")
    Path modelOut;

    @Option(names = "--export-plan", paramLabel = "plan.json", description = "Write the pruning plan: per layer the width "
            + "and the kept channels (by |γ|), with budget, prediction, band and the session's measurements.")
    Path exportPlan;

    @Option(names = "--export-onnx", paramLabel = "pruned.onnx", description = "For an .onnx --model: write the model pruned "
            + "to the chosen widths (conv/BN weights cut to the kept channels), ready to fine-tune.")
    Path exportOnnx;

    @Option(names = "--json", description = "Print one JSON object: widths, predicted_ms, measured_ms, "
            + "within_window, measurements, steps.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!(budget > 0) || Double.isInfinite(budget)) throw new IllegalArgumentException("--budget must be a positive number of ms");
        if (maxMeasurements < 0) throw new IllegalArgumentException("--max-measurements must be >= 0");
        if (confirmGap != null && !(confirmGap >= 0 && confirmGap <= 3600)) {
            throw new IllegalArgumentException("--confirm-gap must be a number of seconds from 0 to 3600, was " + confirmGap);
        }
        EvolvingPredictor predictor = Inputs.evolvingPredictor(predictorFile, correction);
        boolean onnx = model.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".onnx");
        if (exportOnnx != null && !onnx) throw new IllegalArgumentException("--export-onnx needs an .onnx --model");
        if (onnx) Inputs.requireFile(model);
        List<ModelSpec> models = onnx ? List.of(io.evolp.io.onnx.OnnxImport.read(model).model()) : Inputs.models(model);
        if (models.size() != 1) throw new IllegalArgumentException(model + " holds " + models.size() + " models; compress takes one");
        ModelSpec base = models.get(0);
        // An imported graph's γ cannot drive the γ threshold (defined for built-in architectures only): the
        // session scales its widths uniformly, and the export picks which channels by γ over the real graph.
        ChannelImportance gammas = onnx && importance == null && demoSeed == null ? ChannelImportance.uniform() : importance(base);
        BudgetSearch.Options options = CompressionPlanning.searchOptions(paperSearch);

        ConsoleProgress progress = ConsoleProgress.forStderr();
        SessionResult result;
        CompressionSession session;
        try (MeasurementSource source = onnx && "local".equals(device.device) ? prunedOnnxSource() : source()) {
            session = new CompressionSession(base, gammas, predictor, source, budget, maxMeasurements, options);
            if (confirmGap != null) session.setConfirmGap(java.time.Duration.ofMillis(Math.round(confirmGap * 1000)));
            PrintWriter err = spec.commandLine().getErr();
            if (!json) session.addListener(step -> printStep(err, step));
            result = session.run(progress);
        } finally {
            progress.finish();
        }
        if (sessionOut != null) SessionJson.save(sessionOut, session, EvolvingPredictorJson.toFile(session.predictor()));
        if (modelOut != null) ModelJson.write(modelFor(base, result), modelOut);
        if (exportPlan != null || exportOnnx != null) {
            io.evolp.workflow.export.PruneExport.export(session.settings(), result, gammas, onnx ? model : null, exportPlan, exportOnnx);
        }
        print(session, result);
        return result.state().exitCode();
    }

    private ChannelImportance importance(ModelSpec base) throws IOException {
        if (importance != null && demoSeed != null) throw new IllegalArgumentException("give --importance or --demo-importance, not both");
        if (importance != null) Inputs.requireFile(importance);
        ImportanceChoice choice = importance != null ? ImportanceChoice.file(importance)
                : demoSeed != null ? ImportanceChoice.demo(demoSeed) : ImportanceChoice.modelFileOrUniform(base);
        return choice.resolve(base, model.toString());
    }

    /**
     * Simulated devices default to the median of 9 noisy runs: with 5 the median still scatters by
     * 2–3 %, as wide as the whole [0.97, 1.0] window.
     */
    private MeasurementSource source() {
        return device.open(9, nearest);
    }

    /** An imported ONNX on this machine: each candidate measured as the imported graph pruned to its widths. */
    private MeasurementSource prunedOnnxSource() throws IOException {
        byte[] bytes = io.evolp.io.InputFiles.readBytes(model, io.evolp.io.InputLimits.maxBinaryBytes(), "ONNX model");
        return new io.evolp.workflow.export.PrunedOnnxSource(bytes, model.toString(), device.localSettings());
    }

    private static ModelSpec modelFor(ModelSpec base, SessionResult r) {
        int[] widths = r.widths().stream().mapToInt(Integer::intValue).toArray();
        if (base.arch() != null) return io.evolp.core.zoo.Zoo.model(base.arch(), widths);
        throw new IllegalArgumentException("--model-out needs a built-in architecture; widths are " + r.widths());
    }

    private static void printStep(PrintWriter err, SessionStep s) {
        String measured = String.format("%.3f ms (range %.3g over %d runs)%s", s.measuredMs(), s.measured().spreadMs(),
                s.measured().count(), s.measured().simulated() ? " simulated" : "");
        String estimate = s.candidateMeasurements() > 1 || s.estimateSeMs() > 0
                ? String.format("; estimate %.3f ± %.2g ms over %d measurement(s), %s", s.estimateMs(), s.estimateSeMs(),
                s.candidateMeasurements(), s.verdict().name().toLowerCase(java.util.Locale.ROOT)) : "";
        err.printf("step %d (%s): keep %.1f%% of channels, predicted %.3f ms (layer sum %.3f), measured %s%s%n",
                s.index(), s.kind(), 100 * s.keptRatio(), s.predictedMs(), s.rawMs(), measured, estimate);
        err.flush();
    }

    private void print(CompressionSession session, SessionResult r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(r.toJson());
            return;
        }
        out.println(summary(r.state(), r.measurements(), session.reason()));
        out.printf("  widths        %s%n", r.widths());
        out.printf("  predicted     %.3f ms (budget %.3f ms, window %.3f–%.3f)%n", r.predictedMs(), budget,
                session.settings().search().windowLow() * budget, session.settings().search().windowHigh() * budget);
        if (r.measuredMs() != null) out.printf("  measured      %.3f ms (estimate over the candidate's measurements)%n", r.measuredMs());
        out.printf("  importance    %s%n  device        %s%n", session.settings().importance(), session.settings().device());
    }

    /**
     * The first line of the result: the headline, the number of measurements and the session's reason,
     * without saying the reason's opening clause twice ("Not converged (noise is wider than the window)
     * after 8 measurements: noise is wider than the window: …" read as a stutter); a clause that says
     * more than the headline ("converged and confirmed") becomes the headline.
     */
    static String summary(SessionState state, int measurements, String reason) {
        SessionReason r = SessionReason.of(reason);
        String head = headline(state);
        if (SessionReason.CONFIRMED.equals(r.clause())) head = "Converged and confirmed";
        return String.format(java.util.Locale.ROOT, "%s after %d measurement%s: %s", head, measurements,
                measurements == 1 ? "" : "s", r.detail());
    }

    private static String headline(SessionState s) {
        return switch (s) {
            case CONVERGED -> "Converged";
            case NOTHING_TO_PRUNE -> "Nothing to prune";
            case UNREACHABLE -> "Budget unreachable";
            case NOISE_WIDER_THAN_WINDOW -> "Not converged (noise is wider than the window)";
            case NO_CANDIDATE_IN_WINDOW -> "Not converged (no candidate in the window)";
            default -> "Not converged";
        };
    }
}
