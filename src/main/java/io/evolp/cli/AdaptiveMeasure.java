package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.io.DatasetCsvReader;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.CampaignOptions;
import io.evolp.predict.PredictorStore;
import io.evolp.task.ConsoleProgress;
import io.evolp.task.ProgressMonitor;
import io.evolp.workflow.adaptive.AdaptiveCampaign;
import io.evolp.workflow.adaptive.AdaptiveResult;
import io.evolp.workflow.adaptive.AdaptiveSettings;
import io.evolp.workflow.adaptive.CandidatePool;
import io.evolp.workflow.adaptive.CurveFiles;
import io.evolp.workflow.adaptive.CurvePoint;
import io.evolp.workflow.adaptive.TransferBase;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code measure --adaptive}: profiles a new device in batches chosen by the active selector,
 * retraining between batches and printing the cross-validated error after each
 * ({@link AdaptiveCampaign}); stops at {@code --budget-rows} or when the error stops falling.
 */
final class AdaptiveMeasure {

    @Option(names = "--adaptive", description = "Measure one batch at a time, chosen where a measurement helps most; "
            + "retrain between batches and stop at --budget-rows or when the cross-validated error stops falling.")
    boolean adaptive;

    @Option(names = "--budget-rows", paramLabel = "N", description = "With --adaptive: rows the dataset may hold at most.")
    Integer budgetRows;

    @Option(names = "--batch", paramLabel = "B", description = "With --adaptive: rows per batch (default 10).")
    Integer batch;

    @Option(names = "--base", paramLabel = "SOURCE.json|SOURCE.csv",
            description = "With --adaptive: a predictor (or dataset) of another device to transfer from; without it "
                    + "auto is trained from scratch.")
    Path base;

    @Option(names = "--model", paramLabel = "M", split = ",",
            description = "With --adaptive instead of --plan: models of interest (JSON or vgg16, resnet50, mobilenetv1, "
                    + "inceptionv3); the candidates are a large sampling plan of each.")
    List<Path> models;

    @Option(names = "--patience", paramLabel = "K", description = "With --adaptive: batches without a gain before stopping (default 2).")
    Integer patience;

    @Option(names = "--min-gain", paramLabel = "POINTS",
            description = "With --adaptive: the smallest drop of CV MAPE, in points, that counts as a gain (default 1).")
    Double minGain;

    @Option(names = "--predictor-out", paramLabel = "P.json", description = "With --adaptive: save the final predictor here.")
    Path predictorOut;

    /** Options that mean something only with --adaptive, named when given without it. */
    void checkUnused() {
        List<String> given = new ArrayList<>();
        if (budgetRows != null) given.add("--budget-rows");
        if (batch != null) given.add("--batch");
        if (base != null) given.add("--base");
        if (models != null) given.add("--model");
        if (patience != null) given.add("--patience");
        if (minGain != null) given.add("--min-gain");
        if (predictorOut != null) given.add("--predictor-out");
        if (!given.isEmpty()) throw new IllegalArgumentException(String.join(", ", given)
                + (given.size() == 1 ? " only applies" : " only apply") + " with --adaptive");
    }

    int run(MeasureOptions device, Path plan, Path out, CampaignOptions options, PrintWriter o, PrintWriter err)
            throws Exception {
        if (budgetRows == null) throw new IllegalArgumentException("--adaptive needs --budget-rows N (the most rows to measure)");
        AdaptiveSettings settings = new AdaptiveSettings(budgetRows, batch == null ? AdaptiveSettings.DEFAULT_BATCH : batch,
                patience == null ? AdaptiveSettings.DEFAULT_PATIENCE : patience,
                minGain == null ? AdaptiveSettings.DEFAULT_MIN_GAIN : minGain, device.seed);
        if ((plan == null) == (models == null || models.isEmpty())) {
            throw new IllegalArgumentException("--adaptive takes its candidate layers from --plan P.csv or from --model M "
                    + "(one of the two)");
        }
        if (predictorOut != null) OutputGuard.check("--predictor-out", predictorOut, "--out", out, "--base", base);
        if (base != null) Inputs.requireFile(base);
        List<LayerConfig> pool = candidates(plan, settings);
        TransferBase source = base == null ? null : TransferSource.load(base, settings.seed(), err);
        ConsoleProgress console = ConsoleProgress.forStderr();
        AdaptiveResult r;
        try (MeasurementSource src = device.open()) {
            Thread hook = new Thread(src::close, "evolp-measure-exit"); // Ctrl-C: stop the worker at once
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                AdaptiveCampaign c = new AdaptiveCampaign(src, pool, out, source, settings, options);
                o.printf("Adaptive campaign on %s → %s%n  candidates  %d layers (%s)%n  learning    %s%n  rule        "
                                + "at most %d rows, batches of %d; %s%n", src.description(), out, pool.size(),
                        plan != null ? plan.getFileName() : "sampling plans of " + names(models),
                        source == null ? "auto from scratch (no --base)" : "transfer from " + source.name(),
                        settings.budgetRows(), settings.batch(), c.rule().describe());
                o.printf("%6s %6s %10s %9s %9s  %s%n", "batch", "rows", "CV MAPE", "CV ±10%", "spread", "predictor");
                o.flush();
                c.onBatch(u -> {
                    console.finish();
                    o.println(line(u.batch(), u.point()));
                    o.flush();
                });
                r = c.run(console);
            } finally {
                console.finish();
                removeHook(hook);
            }
        }
        return report(r, out, o);
    }

    private int report(AdaptiveResult r, Path out, PrintWriter o) throws java.io.IOException {
        r.notices().forEach(n -> o.println("note: " + n));
        o.printf("Stopped: %s.%n", r.reason());
        o.printf("  rows in %s  %d (%d measured now, %d resumed%s)%n", out.getFileName(), r.dataset().size(), r.measured(),
                r.resumed(), r.failed() > 0 ? ", " + r.failed() + " failed" : "");
        if (!r.curve().isEmpty()) {
            o.printf("  learning curve  %s, %s%n", CurveFiles.csvFor(out), CurveFiles.jsonFor(out));
        }
        if (predictorOut != null && r.predictor() != null) {
            PredictorStore.save(r.predictor(), predictorOut);
            o.printf("  predictor       %s (%s)%n", predictorOut, r.curve().get(r.curve().size() - 1).predictor());
        } else if (predictorOut != null) {
            o.println("  predictor       none: no rows were measured");
        }
        o.flush();
        return r.stop() == AdaptiveResult.Stop.CANCELLED || r.stop() == AdaptiveResult.Stop.DEVICE_LOST
                || r.stop() == AdaptiveResult.Stop.FAILING ? 1 : 0;
    }

    static String line(int batch, CurvePoint p) {
        return String.format(Locale.ROOT, "%6s %6d %10s %9s %9s  %s", batch == 0 ? "resume" : Integer.toString(batch),
                p.rows(), pct(p.cvMape(), 2), pct(p.cvAcc10(), 1), pct(p.spread(), 1), p.predictor());
    }

    private static String pct(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f %%", v) : "–";
    }

    private List<LayerConfig> candidates(Path plan, AdaptiveSettings s) throws java.io.IOException {
        if (plan != null) {
            Inputs.requireFile(plan);
            return DatasetCsvReader.readPlan(plan);
        }
        List<ModelSpec> all = new ArrayList<>();
        for (Path m : models) all.addAll(Inputs.models(m));
        return CandidatePool.of(all, s.budgetRows(), s.seed());
    }

    private static String names(List<Path> models) {
        return String.join(", ", models.stream().map(Path::toString).toList());
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
    }
}
