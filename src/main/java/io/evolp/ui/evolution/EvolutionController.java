package io.evolp.ui.evolution;

import io.evolp.core.ModelSpec;
import io.evolp.evolve.EvalSample;
import io.evolp.evolve.EvolutionEval;
import io.evolp.io.ModelJson;
import io.evolp.io.ModelSpreads;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.ProgressMonitor;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.PredictorEntry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The evolution check's actions (the controller role): validates the inputs, runs the
 * {@code evolp evolve-eval} computation ({@link EvolutionEval}) on the {@link TaskRunner}, and puts
 * the result, its curve points for the chosen metric and a one-line summary into the
 * {@link EvolutionModel}. Cancel keeps the previous result. No nodes: testable without a window.
 */
public final class EvolutionController {

    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final EvolutionModel model;

    public EvolutionController(TaskRunner tasks, Dialogs dialogs, EvolutionModel model) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.model = model;
        model.metricProperty().addListener((o, a, m) -> recomputeCurves());
    }

    public EvolutionModel model() { return model; }

    /** "Choose…": the measured-models file through the dialogs. */
    public void chooseMeasured() {
        dialogs.openFile("Measured whole models", List.of("*.jsonl", "*.json"))
                .ifPresent(p -> model.measuredProperty().set(p.toString()));
    }

    /**
     * Starts the evaluation; the future completes (on the FX thread in the app) with the result, or
     * with null when the inputs were refused, the run failed or was cancelled — the status says which.
     */
    public CompletableFuture<EvolutionEval.Result> run() {
        PredictorEntry p = model.predictorProperty().get();
        if (p == null) return refuse("Choose a predictor (train or load one on the Predictors screen).");
        String file = model.measuredProperty().get();
        if (file == null || file.isBlank()) return refuse("Choose a file of measured models.");
        Path measured = Path.of(file.trim());
        long seed;
        try {
            seed = Long.parseLong(model.seedProperty().get().trim());
        } catch (NumberFormatException ex) {
            return refuse("Seed: expected a whole number, found '" + model.seedProperty().get() + "'.");
        }
        EvolutionEval.Options o = EvolutionEval.Options.defaults().withDraws(model.drawsProperty().get()).withSeed(seed);
        LatencyPredictor base = p.predictor();
        model.statusProperty().set("Evaluating " + p.name() + " on " + measured.getFileName() + "…");
        TaskHandle<EvolutionEval.Result> h = tasks.submit("Evolution check on " + measured.getFileName(),
                pm -> evaluate(base, measured, o, pm));
        model.runningProperty().set(h);
        model.busyProperty().set(true);
        return h.result().handle((r, err) -> {
            if (model.runningProperty().get() == h) {
                model.runningProperty().set(null);
                model.busyProperty().set(false);
            }
            if (err != null) {
                model.statusProperty().set(TaskHandle.isCancellation(err) || h.result().isCancelled()
                        ? "Cancelled — the previous chart is kept." : "Failed: " + Messages.ofFailure(TaskHandle.unwrap(err)));
                return null;
            }
            model.resultProperty().set(r);
            model.statusProperty().set("Evaluated " + r.families() + " over " + r.draws() + " draws (seed " + r.seed() + ").");
            model.summaryProperty().set(summarise(r));
            recomputeCurves();
            return r;
        });
    }

    /** Cancels the running evaluation, if any. */
    public void cancel() {
        TaskHandle<?> h = model.runningProperty().get();
        if (h != null) h.cancel();
    }

    /** Shows another metric of the same result (a lookup: no recomputation). */
    public void showMetric(EvolutionMetric m) {
        if (m != null) model.metricProperty().set(m);
    }

    /** The numbers of the last result as CSV (null before the first result). */
    public ExportMenus.CsvJob csvJob() {
        EvolutionEval.Result r = model.result();
        return r == null ? null : (file, m) -> EvolutionCsv.write(r, file);
    }

    private void recomputeCurves() {
        EvolutionEval.Result r = model.result();
        EvolutionMetric m = model.metricProperty().get();
        if (r == null || m == null) model.curves().clear();
        else model.curves().setAll(EvolutionCurve.of(r, m));
    }

    static EvolutionEval.Result evaluate(LatencyPredictor base, Path file, EvolutionEval.Options o, ProgressMonitor pm)
            throws IOException {
        try {
            List<ModelSpec> models = ModelJson.read(file);
            double[] sds = ModelSpreads.read(file);
            List<EvalSample> samples = EvalSample.of(base, models, sds.length == models.size() ? sds : null);
            return EvolutionEval.run(samples, o, pm);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** One line a user can act on: the default against the raw sum and the paper's linear at a middle k. */
    static String summarise(EvolutionEval.Result r) {
        int k = Math.min(3, r.maxK());
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "After %d measured model%s per family, median MAPE:", k,
                k == 1 ? "" : "s"));
        for (String kind : r.kinds()) {
            sb.append(String.format(Locale.ROOT, "  %s %.1f %%", kind, r.cell(kind, k).mape().median()));
        }
        return sb.toString();
    }

    private CompletableFuture<EvolutionEval.Result> refuse(String why) {
        model.statusProperty().set(why);
        return CompletableFuture.completedFuture(null);
    }
}
