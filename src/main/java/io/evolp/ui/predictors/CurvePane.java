package io.evolp.ui.predictors;

import io.evolp.predict.Predictors;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.task.TaskHandle;
import io.evolp.ui.charts.ChartPane;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.workflow.LearningCurves;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * View role of the "Learning curve" tab: the inputs bound to the {@link CurveModel}; Run, Cancel and
 * Export forwarded to the {@link CurveController}; the chart ({@link CurveChart}) and the table
 * ({@link CurveTable}) of the model's result. Computes nothing itself.
 */
final class CurvePane {

    private final CurveModel model;
    private final ComboBox<DatasetEntry> target = new ComboBox<>();
    private final ComboBox<CurveModel.Source> source = new ComboBox<>();
    private final Map<String, CheckBox> kinds = new LinkedHashMap<>();
    private final TextField sizes = new TextField();
    private final Spinner<Integer> seeds = new Spinner<>(1, 50, 5);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label stale = new Label("Inputs changed — press Run to update the curves.");
    private final ChartPane chart;
    private final CurveTable table = new CurveTable();
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(150), e -> sampleProgress()));
    private final VBox root;
    private boolean syncing;

    CurvePane(UiContext ctx, CurveModel model, CurveController controller) {
        this.model = model;
        chart = new ChartPane("curve-chart", ctx.dialogs(), ctx.tasks());
        Label question = new Label("How many measured layers does each predictor need?");
        question.setId("curve-question");
        question.setStyle("-fx-font-weight: bold;");
        question.setWrapText(true);
        question.setTooltip(new Tooltip("Each kind is trained on the first n rows of a seeded draw from the training part and "
                + "tested on one fixed held-out part (20 %, seed 1, as evolp validate --learning-curve); "
                + "transfer starts from another device's predictor and adapts it with those n rows."));

        target.setId("curve-target");
        target.setItems(ctx.workspace().datasets());
        target.setPromptText("open a dataset first");
        target.valueProperty().bindBidirectional(model.target);
        if (model.target.get() == null && !target.getItems().isEmpty()) target.getSelectionModel().select(0);
        ctx.workspace().datasets().addListener((ListChangeListener<DatasetEntry>) c -> {
            if (target.getValue() == null && !target.getItems().isEmpty()) target.getSelectionModel().select(0);
        });
        source.setId("curve-source");
        InvalidationListener refill = o -> refillSources(ctx);
        ctx.workspace().datasets().addListener(refill);
        ctx.workspace().predictors().addListener(refill);
        refillSources(ctx);
        source.valueProperty().addListener((o, a, v) -> { if (!syncing) model.source.set(v == null ? CurveModel.Source.NONE : v); });
        model.source.addListener((o, a, v) -> { if (v != null && !v.equals(source.getValue())) source.setValue(v); });

        FlowPane kindBox = new FlowPane(10, 4);
        kindBox.setId("curve-kinds");
        List<String> all = new ArrayList<>(Predictors.kinds());
        all.add(TransferPredictor.KIND);
        for (String k : all) {
            CheckBox cb = new CheckBox(k);
            cb.setId("curve-kind-" + k);
            tip(cb, k.equals(TransferPredictor.KIND) ? "Start from the source device's predictor and adapt it with the target rows "
                    + "(needs a source under \"Transfer from\")" : KindInfo.describe(k));
            cb.selectedProperty().addListener((o, was, on) -> { if (!syncing) syncKindsToModel(); });
            kinds.put(k, cb);
            kindBox.getChildren().add(cb);
        }
        kinds.get(TransferPredictor.KIND).disableProperty().bind(model.source.isEqualTo(CurveModel.Source.NONE));
        if (model.kinds.isEmpty()) model.kinds.setAll(Predictors.kinds().get(0)); // auto, as on the Train panel
        model.kinds.addListener((ListChangeListener<String>) c -> syncKindsFromModel());
        syncKindsFromModel();

        Label status = new Label();
        status.setId("curve-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        sizes.setId("curve-sizes");
        sizes.setText(model.sizes.get());
        sizes.setPrefColumnCount(14);
        // Committed on Enter or leaving the field, so typing "100" does not restart a running study at "1" and "10".
        sizes.setOnAction(e -> model.sizes.set(sizes.getText()));
        sizes.focusedProperty().addListener((o, was, now) -> { if (!now) model.sizes.set(sizes.getText()); });
        model.sizes.addListener((o, a, v) -> { if (!v.equals(sizes.getText())) sizes.setText(v); });
        seeds.setId("curve-seeds");
        seeds.setEditable(true);
        // In em of the text (a fixed 80 px left the number no room at presentation size); never squeezed.
        seeds.prefWidthProperty().bind(status.fontProperty().map(f -> 5 * f.getSize()));
        seeds.setMinWidth(Region.USE_PREF_SIZE);
        seeds.getValueFactory().setValue(model.seeds.get());
        seeds.valueProperty().addListener((o, a, v) -> { if (v != null) model.seeds.set(v); });
        model.seeds.addListener((o, a, v) -> { if (!v.equals(seeds.getValue())) seeds.getValueFactory().setValue(v.intValue()); });
        ToggleButton random = ChoiceToggle.of("Random rows", "curve-random", "Training rows drawn at random (a fresh draw per seed)",
                model.active, false);
        ToggleButton active = ChoiceToggle.of("Active rows", "curve-active",
                "Training rows in the order active sampling would measure them, ranked with the source device (needs a source)",
                model.active, true);
        active.disableProperty().bind(model.source.isEqualTo(CurveModel.Source.NONE));
        SegmentedButton sampling = new SegmentedButton(random, active);
        sampling.setId("curve-sampling");

        Button run = button("Run", "curve-run", "Compute the curves: for each seed train every kind on the first n rows "
                + "and test it on the same held-out rows", () -> { model.sizes.set(sizes.getText()); controller.run(); });
        Button cancel = button("Cancel", "curve-cancel", "Stop the computation (the previous curves stay)", controller::cancel);
        cancel.disableProperty().bind(model.running.isNull());
        progress.setId("curve-progress");
        tip(progress, "Progress of the learning-curve computation");
        progress.visibleProperty().bind(model.running.isNotNull());
        poll.setCycleCount(Timeline.INDEFINITE);
        model.running.addListener((o, a, h) -> { if (h != null) poll.play(); else poll.stop(); });
        tip(target, "The dataset of the device to profile (rows from the workspace's open datasets)");
        tip(source, "Where transfer and active rows start from: another device's dataset or a trained predictor; none for curves from scratch");
        tip(sizes, "Training rows per point, separated by commas; 'all' is the whole training part. Enter applies");
        tip(seeds, "How many different draws of rows per size; more seeds give a steadier median and a truer band");

        ToggleButton acc = ChoiceToggle.of("±10 %", "curve-metric-acc10", "Share of held-out layers predicted within ±10 % (higher is better)",
                model.metric, PredictorsModel.Metric.ACC10);
        ToggleButton mape = ChoiceToggle.of("MAPE %", "curve-metric-mape",
                "Mean absolute percentage error on the held-out layers (lower is better)", model.metric, PredictorsModel.Metric.MAPE);
        SegmentedButton metric = new SegmentedButton(acc, mape);
        stale.setId("curve-stale");
        stale.getStyleClass().add("muted");
        stale.visibleProperty().bind(model.stale);
        stale.managedProperty().bind(model.stale);
        Button csv = button("Export CSV…", "curve-export-csv", "Save the numbers (full precision, every seed's value) as CSV",
                controller::exportCsv);
        csv.disableProperty().bind(model.result.isNull());

        HBox row1 = row(label("Target", "The device to profile: its rows are split once into training rows and a fixed held-out part"),
                target, label("Transfer from", "Another device's dataset (gbt is trained on it) or predictor, for transfer and active rows"),
                source);
        HBox row2 = row(label("Kinds", "Predictor kinds to compare; each gets its own line"), kindBox);
        HBox.setHgrow(kindBox, Priority.ALWAYS);
        HBox row3 = row(label("Training rows", "Sizes to try, e.g. 10, 20, 50, 100, all (all = the whole training part)"), sizes,
                label("Seeds", "Repetitions with different rows; the band shows their min–max"), seeds, sampling, run, cancel, progress);
        VBox says = new VBox(2, status, stale);
        HBox.setHgrow(says, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        // Hiding the inputs gives the chart their height: in the main window at presentation size they
        // left it ~222 px, too little for the text to take the zoom (ChartFonts.fit).
        ToggleButton hide = new ToggleButton("Hide inputs");
        hide.setId("curve-inputs-toggle");
        hide.setTooltip(new Tooltip("Hide the target, kinds and rows settings so the chart gets their room"));
        hide.setMinWidth(Region.USE_PREF_SIZE); // the hint beside it gives way instead
        hide.textProperty().bind(javafx.beans.binding.Bindings.when(hide.selectedProperty())
                .then("Show inputs").otherwise("Hide inputs"));
        for (HBox r : List.of(row1, row2, row3)) {
            r.visibleProperty().bind(hide.selectedProperty().not());
            r.managedProperty().bind(r.visibleProperty());
        }
        chart.addToBar(hide); // on the chart's own bar: the row below the inputs has no room at presentation size
        HBox row4 = row(label("Show", "What the chart draws"), metric, says, csv);
        VBox top = new VBox(6, question, row1, row2, row3, row4);
        top.setPadding(new Insets(6));
        // The inputs and the status line keep their height (in the main window at presentation size the
        // status was cut to one line with "…"); the chart and the table below give way.
        top.setMinHeight(Region.USE_PREF_SIZE);
        model.metric.addListener(o -> redraw());
        model.result.addListener(o -> {
            table.show(model.result.get());
            redraw();
        });
        // The chart's title asks the same question: once it shows, the line goes to the chart (presentation mode).
        question.visibleProperty().bind(model.result.isNull());
        question.managedProperty().bind(question.visibleProperty());
        SplitPane body = new ChartOverTable(chart, table.view(),
                javafx.beans.binding.Bindings.createDoubleBinding(() -> status.getFont().getSize(), status.fontProperty())).view();
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(top, body);
        root.setId("learning-curve");
    }

    VBox view() { return root; }
    ChartPane chart() { return chart; }
    CurveTable table() { return table; }

    private void refillSources(UiContext ctx) {
        List<CurveModel.Source> items = new ArrayList<>();
        items.add(CurveModel.Source.NONE);
        for (DatasetEntry d : ctx.workspace().datasets()) items.add(new CurveModel.Source(d, null));
        for (PredictorEntry p : ctx.workspace().predictors()) items.add(new CurveModel.Source(null, p));
        CurveModel.Source keep = model.source.get();
        syncing = true;
        try {
            source.getItems().setAll(items);
            // A removed source shows as none here; the controller resets the model and says so (workspaceChanged).
            source.setValue(items.contains(keep) ? keep : CurveModel.Source.NONE);
        } finally {
            syncing = false;
        }
    }

    private void syncKindsToModel() {
        List<String> on = kinds.values().stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        if (!on.equals(model.kinds)) model.kinds.setAll(on);
    }

    private void syncKindsFromModel() {
        syncing = true;
        try {
            kinds.forEach((k, cb) -> cb.setSelected(model.kinds.contains(k)));
        } finally {
            syncing = false;
        }
    }

    private void redraw() {
        LearningCurves.Result r = model.result.get();
        PredictorsModel.Metric m = model.metric.get();
        if (r == null) chart.show(null, null);
        else chart.show(CurveChart.build(r, m), () -> CurveChart.build(r, m));
    }

    private void sampleProgress() {
        TaskHandle<?> h = model.running.get();
        progress.setProgress(h == null ? 0 : h.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : h.progress());
    }

    private static Button button(String text, String id, String tipText, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        tip(b, tipText);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String text, String tipText) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(new Tooltip(tipText));
        return l;
    }

    private static void tip(Control c, String text) {
        c.setTooltip(new Tooltip(text));
    }

    private static HBox row(Node... nodes) {
        HBox b = new HBox(8, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }
}
