package io.evolp.ui.evolution;

import io.evolp.evolve.EvolutionEval;
import io.evolp.task.TaskHandle;
import io.evolp.ui.charts.ChartPane;
import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.UiServices;
import io.evolp.ui.workspace.PredictorEntry;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.util.Duration;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * "Does evolution help on my device?" — the GUI face of {@code evolp evolve-eval} (the view role):
 * the inputs bound to the {@link EvolutionModel}, Run/Cancel/Export forwarded to the
 * {@link EvolutionController}, and the chart of the model's curves (error against the number of
 * measured models, one line per correction), exportable as PNG/SVG. Computes nothing itself.
 */
public final class EvolutionCheckView {

    private final UiServices services;
    private final EvolutionModel model;
    private final EvolutionController controller;
    private final ComboBox<PredictorEntry> predictor = new ComboBox<>();
    private final TextField measured = new TextField();
    private final Spinner<Integer> draws = new Spinner<>(1, 500, 20);
    private final TextField seed = new TextField();
    private final ComboBox<EvolutionMetric> metric = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar(0);
    /** TaskHandle progress is a polled value (the runner is FX-free), so the bar samples it. */
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), e -> sampleProgress()));
    private final ChartPane chart;
    private final BorderPane root = new BorderPane();

    public EvolutionCheckView(UiServices ctx, ObservableList<PredictorEntry> predictors, EvolutionModel model,
                              EvolutionController controller) {
        this.services = ctx;
        this.model = model;
        this.controller = controller;
        chart = new ChartPane("evolution-chart", ctx.dialogs(), ctx.tasks());
        predictor.setId("evo-predictor");
        predictor.setItems(predictors);
        predictor.setPromptText("train or load a predictor first");
        predictor.valueProperty().bindBidirectional(model.predictorProperty());
        measured.setId("evo-measured");
        measured.setPromptText("measured models, e.g. sample-data/measured/vgg16-random-local-cpu.jsonl");
        measured.textProperty().bindBidirectional(model.measuredProperty());
        HBox.setHgrow(measured, Priority.ALWAYS);
        Button choose = button("Choose…", "evo-choose", controller::chooseMeasured);
        draws.setId("evo-draws");
        draws.setEditable(true);
        draws.setPrefWidth(80);
        draws.getValueFactory().setValue(model.drawsProperty().get());
        draws.valueProperty().addListener((o, a, v) -> { if (v != null) model.drawsProperty().set(v); });
        seed.setId("evo-seed");
        seed.setPrefColumnCount(5);
        seed.textProperty().bindBidirectional(model.seedProperty());
        metric.setId("evo-metric");
        metric.getItems().setAll(EvolutionMetric.values());
        metric.setValue(model.metricProperty().get());
        metric.valueProperty().addListener((o, a, v) -> controller.showMetric(v));
        Button run = button("Run", "evo-run", controller::run);
        run.setDefaultButton(true);
        run.disableProperty().bind(model.busyProperty());
        Button cancel = button("Cancel", "evo-cancel", controller::cancel);
        cancel.disableProperty().bind(model.busyProperty().not());
        Button csv = button("Export CSV…", "evo-csv", this::exportCsv);
        csv.disableProperty().bind(model.resultProperty().isNull());
        progress.setId("evo-progress");
        progress.visibleProperty().bind(model.busyProperty());
        poll.setCycleCount(Timeline.INDEFINITE);
        model.busyProperty().addListener((o, a, on) -> {
            if (on) poll.play(); else poll.stop();
        });
        Label status = new Label();
        status.setId("evo-status");
        status.textProperty().bind(model.statusProperty());
        Label summary = new Label();
        summary.setId("evo-summary");
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryProperty());
        model.curves().addListener((javafx.collections.ListChangeListener<EvolutionCurve>) c -> redraw());

        tip(predictor, "The trained predictor whose correction is evaluated");
        tip(measured, "A file of whole models measured on your device (JSONL); the check replays them in random order");
        tip(choose, "Choose the file of measured models");
        tip(draws, "How many random orders of the measured models to average over (more: smoother curves, slower)");
        tip(seed, "Seed of the random orders: the same seed gives the same curves");
        tip(metric, "What the chart shows against the number of measured models: the error (MAPE), the share within ±10 %, or how often the 90 % band holds the measurement");
        tip(run, "Evaluate: after each measured model, refit the correction and predict the models not yet measured");
        tip(cancel, "Stop the evaluation");
        tip(csv, "Save the curves as a CSV table");
        tip(progress, "Progress of the evaluation");
        HBox row1 = row(new Label("Predictor"), predictor, new Label("Measured models"), measured, choose);
        HBox row2 = row(new Label("Draws"), draws, new Label("Seed"), seed, run, cancel, progress,
                new Label("Show"), metric, csv);
        row2.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l) l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        });
        VBox top = new VBox(6, row1, row2, status, summary);
        top.setPadding(new Insets(8));
        root.setTop(top);
        root.setCenter(chart);
        root.setId("evolution-check");
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void tip(javafx.scene.control.Control c, String text) {
        c.setTooltip(new javafx.scene.control.Tooltip(text));
    }

    private static HBox row(Node... nodes) {
        HBox b = new HBox(6, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    public BorderPane view() { return root; }

    /** The last finished evaluation (null before the first). */
    public EvolutionEval.Result result() { return model.result(); }

    /** As the Run button; the future completes when the evaluation has finished, failed or been cancelled. */
    public CompletableFuture<EvolutionEval.Result> start() {
        return controller.run();
    }

    ChartPane chart() { return chart; }

    private void exportCsv() {
        ExportMenus.CsvJob job = controller.csvJob();
        if (job != null) ExportMenus.exportTable(services, "evolution-check", job);
    }

    private void sampleProgress() {
        TaskHandle<?> h = model.runningProperty().get();
        progress.setProgress(h == null ? 0 : h.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : h.progress());
    }

    private void redraw() {
        EvolutionEval.Result r = model.result();
        EvolutionMetric m = model.metricProperty().get();
        List<EvolutionCurve> curves = List.copyOf(model.curves());
        if (r == null || m == null) return;
        chart.show(EvolutionChart.build(r, m, curves), () -> EvolutionChart.build(r, m, curves));
    }
}
