package io.evolp.ui.evolution;

import io.evolp.core.ModelSpec;
import io.evolp.evolve.EvalSample;
import io.evolp.evolve.EvolutionEval;
import io.evolp.io.ModelJson;
import io.evolp.io.ModelSpreads;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.charts.ChartPane;
import io.evolp.ui.common.FxJob;
import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * "Does evolution help on my device?" — the GUI face of {@code evolp evolve-eval}: a predictor from
 * the workspace and a file of measured whole models in, the error against the number of measured
 * models out, one line per correction. The evaluation runs as a background task with progress and
 * cancel; the chart exports as PNG/SVG, the numbers as CSV.
 */
public final class EvolutionCheckView {

    private final UiContext ctx;
    private final ComboBox<PredictorEntry> predictor = new ComboBox<>();
    private final TextField measured = new TextField();
    private final Spinner<Integer> draws = new Spinner<>(1, 500, 20);
    private final TextField seed = new TextField("1");
    private final ComboBox<EvolutionMetric> metric = new ComboBox<>();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final Button csv = new Button("Export CSV…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Choose a predictor and a file of measured models (JSON lines with latency_ms).");
    private final Label summary = new Label();
    private final ChartPane chart;
    private final BorderPane root = new BorderPane();
    private EvolutionEval.Result result;
    private FxJob<?> running;

    public EvolutionCheckView(UiContext ctx, PredictorEntry initial) {
        this.ctx = ctx;
        chart = new ChartPane("evolution-chart", ctx.dialogs(), ctx.tasks());
        predictor.setId("evo-predictor");
        predictor.setItems(ctx.workspace().predictors());
        predictor.setPromptText("train or load a predictor first");
        if (initial != null) predictor.setValue(initial);
        else if (!predictor.getItems().isEmpty()) predictor.getSelectionModel().select(0);
        measured.setId("evo-measured");
        measured.setPromptText("measured models, e.g. sample-data/measured/vgg16-random-local-cpu.jsonl");
        HBox.setHgrow(measured, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("evo-choose");
        choose.setOnAction(e -> ctx.dialogs().openFile("Measured whole models", List.of("*.jsonl", "*.json"))
                .ifPresent(p -> measured.setText(p.toString())));
        draws.setId("evo-draws");
        draws.setEditable(true);
        draws.setPrefWidth(80);
        seed.setId("evo-seed");
        seed.setPrefColumnCount(5);
        metric.setId("evo-metric");
        metric.getItems().setAll(EvolutionMetric.values());
        metric.setValue(EvolutionMetric.MAPE);
        metric.valueProperty().addListener((o, a, v) -> redraw());
        run.setId("evo-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        cancel.setId("evo-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> { if (running != null) running.cancel(); });
        csv.setId("evo-csv");
        csv.setDisable(true);
        csv.setOnAction(e -> {
            EvolutionEval.Result r = result;
            if (r != null) ExportMenus.exportTable(ctx, "evolution-check", (file, m) -> EvolutionCsv.write(r, file));
        });
        progress.setId("evo-progress");
        progress.setVisible(false);
        status.setId("evo-status");
        summary.setId("evo-summary");
        summary.setStyle("-fx-font-weight: bold;");
        HBox row1 = row(new Label("Predictor"), predictor, new Label("Measured models"), measured, choose);
        HBox row2 = row(new Label("Draws"), draws, new Label("Seed"), seed, run, cancel, progress,
                new Label("Show"), metric, csv);
        VBox top = new VBox(6, row1, row2, status, summary);
        top.setPadding(new Insets(8));
        root.setTop(top);
        root.setCenter(chart);
        root.setId("evolution-check");
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox b = new HBox(6, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    public BorderPane view() { return root; }

    /** The last finished evaluation (null before the first). */
    public EvolutionEval.Result result() { return result; }

    /** Starts the evaluation; the future completes on the FX thread when it has finished, failed or been cancelled. */
    public CompletableFuture<EvolutionEval.Result> start() {
        PredictorEntry p = predictor.getValue();
        if (p == null) return refuse("Choose a predictor (train or load one on the Predictors screen).");
        if (measured.getText().isBlank()) return refuse("Choose a file of measured models.");
        Path file = Path.of(measured.getText().trim());
        long s;
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException ex) {
            return refuse("Seed: expected a whole number, found '" + seed.getText() + "'.");
        }
        EvolutionEval.Options o = EvolutionEval.Options.defaults().withDraws(draws.getValue()).withSeed(s);
        LatencyPredictor base = p.predictor();
        status.setText("Evaluating " + p.name() + " on " + file.getFileName() + "…");
        FxJob<EvolutionEval.Result> job = ctx.tasks().start("Evolution check on " + file.getFileName(),
                pm -> evaluate(base, file, o, pm), null, true);
        running = job;
        CompletableFuture<EvolutionEval.Result> f = job.handle().result();
        setRunning(true);
        CompletableFuture<EvolutionEval.Result> done = new CompletableFuture<>();
        f.whenComplete((r, err) -> {
            setRunning(false);
            if (err != null) {
                status.setText(f.isCancelled() ? "Cancelled — the previous chart is kept." : "Failed: " + Messages.ofFailure(err));
                done.complete(null);
                return;
            }
            result = r;
            csv.setDisable(false);
            status.setText("Evaluated " + r.families() + " over " + r.draws() + " draws (seed " + r.seed() + ").");
            summary.setText(summarise(r));
            redraw();
            done.complete(r);
        });
        return done;
    }

    private static EvolutionEval.Result evaluate(LatencyPredictor base, Path file, EvolutionEval.Options o, ProgressMonitor pm)
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

    private void redraw() {
        EvolutionEval.Result r = result;
        EvolutionMetric m = metric.getValue();
        if (r == null || m == null) return;
        chart.show(EvolutionChart.build(r, m), () -> EvolutionChart.build(r, m));
    }

    private CompletableFuture<EvolutionEval.Result> refuse(String why) {
        status.setText(why);
        return CompletableFuture.completedFuture(null);
    }

    private void setRunning(boolean on) {
        run.setDisable(on);
        cancel.setDisable(!on);
        progress.setVisible(on);
        progress.progressProperty().unbind();
        if (on && running != null) progress.progressProperty().bind(running.progressProperty());
        if (!on) running = null;
    }

    ChartPane chart() { return chart; }
}
