package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.Predictors;
import io.evolp.predict.Evaluator;
import io.evolp.ui.common.FxJob;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.workflow.TrainEvaluate;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Left column of the Predictors screen: which dataset (device), which kinds, holdout and seed;
 * Train with progress and cancel; load a stored predictor (evaluated on the chosen dataset) and save
 * the selected one. All work runs through {@link io.evolp.ui.common.FxTaskRunner}.
 */
final class TrainPanel {

    private final UiContext ctx;
    private final ComboBox<DatasetEntry> dataset = new ComboBox<>();
    private final Map<String, CheckBox> kinds = new LinkedHashMap<>();
    private final Spinner<Double> holdout = new Spinner<>(0.05, 0.9, 0.2, 0.05);
    private final TextField seed = new TextField("1");
    private final Button train = new Button("Train");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label autoDetails = new Label();
    private final Consumer<List<PredictorEntry>> onAdded;
    private final Supplier<PredictorEntry> selected;
    private final VBox box;
    private FxJob<?> running;

    TrainPanel(UiContext ctx, Consumer<List<PredictorEntry>> onAdded, Supplier<PredictorEntry> selected) {
        this.ctx = ctx;
        this.onAdded = onAdded;
        this.selected = selected;
        dataset.setId("dataset-choice");
        dataset.setItems(ctx.workspace().datasets());
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setPromptText("open a dataset first");
        ctx.workspace().datasets().addListener((javafx.collections.ListChangeListener<DatasetEntry>) c -> {
            if (dataset.getValue() == null && !dataset.getItems().isEmpty()) dataset.getSelectionModel().select(0);
        });
        if (!dataset.getItems().isEmpty()) dataset.getSelectionModel().select(0);
        VBox kindBox = new VBox(4);
        for (String k : Predictors.kinds()) {
            CheckBox cb = new CheckBox(k);
            cb.setId("kind-" + k);
            cb.setSelected(k.equals(AutoPredictor.KIND)); // the default: chosen per dataset by cross-validation
            cb.setTooltip(new Tooltip(KindInfo.describe(k)));
            kinds.put(k, cb);
            kindBox.getChildren().add(cb);
        }
        holdout.setId("holdout");
        holdout.setEditable(true);
        holdout.setMaxWidth(Double.MAX_VALUE);
        seed.setId("seed");
        train.setId("train");
        train.setDefaultButton(true);
        train.setOnAction(e -> train());
        cancel.setId("cancel-train");
        cancel.setDisable(true);
        cancel.setOnAction(e -> { if (running != null) running.cancel(); });
        progress.setId("train-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("train-status");
        status.setWrapText(true);
        Button load = new Button("Load predictor…");
        load.setId("load-predictor");
        load.setTooltip(new Tooltip("Load a predictor JSON and evaluate it on all rows of the chosen dataset"));
        load.setOnAction(e -> load());
        Button save = new Button("Save predictor…");
        save.setId("save-predictor");
        save.setTooltip(new Tooltip("Save the predictor selected in the table as JSON"));
        save.setOnAction(e -> save());
        load.setMaxWidth(Double.MAX_VALUE);
        save.setMaxWidth(Double.MAX_VALUE);
        Label features = new Label("(i) feature set of gbt, forest, hybrid");
        features.setId("feature-info");
        features.setStyle("-fx-text-fill: -fx-accent; -fx-font-size: 0.9em;");
        Tooltip ft = new Tooltip(KindInfo.features());
        ft.setShowDuration(javafx.util.Duration.minutes(2));
        features.setTooltip(ft);
        autoDetails.setId("auto-details");
        autoDetails.setWrapText(false);
        autoDetails.setStyle("-fx-font-family: monospace; -fx-font-size: 0.85em;");
        box = new VBox(8, bold("Dataset (device)"), dataset, bold("Predictor kinds"), kindBox, features,
                bold("Test share (holdout)"), holdout, bold("Seed"), seed,
                new HBox(6, train, cancel), progress, status, autoDetails, new Separator(), load, save);
        box.setPadding(new Insets(10));
        box.setPrefWidth(230);
        box.setMinWidth(200);
    }

    VBox view() { return box; }
    String status() { return status.getText(); }
    String autoDetails() { return autoDetails.getText(); }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Starts training; the returned future completes on the FX thread with the entries added. */
    CompletableFuture<List<PredictorEntry>> train() {
        DatasetEntry ds = dataset.getValue();
        List<String> chosen = kinds.values().stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        seed.setStyle("");
        if (ds == null) return refuse("Choose a dataset to train on.");
        if (chosen.isEmpty()) return refuse("Tick at least one predictor kind.");
        long s;
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException ex) {
            seed.setStyle("-fx-border-color: #c62828;");
            return refuse("Seed: expected a whole number, found '" + seed.getText() + "'.");
        }
        double fraction = holdout.getValue();
        LayerDataset data = ds.dataset();
        status.setText("Training " + String.join(", ", chosen) + " on " + ds.name() + "…");
        CompletableFuture<List<PredictorEntry>> done = new CompletableFuture<>();
        FxJob<List<TrainEvaluate.Trained>> job = ctx.tasks().start("Train " + String.join(", ", chosen) + " on " + ds.name(),
                pm -> TrainEvaluate.run(TrainEvaluate.Request.holdout(data, chosen, fraction, s), pm), null, true);
        running = job;
        CompletableFuture<List<TrainEvaluate.Trained>> f = job.handle().result();
        setRunning(true);
        f.whenComplete((results, err) -> {
            setRunning(false);
            if (err != null) {
                status.setText(f.isCancelled() ? "Training cancelled — no predictor added."
                        : "Training failed: " + Messages.ofFailure(err));
                done.complete(List.of());
                return;
            }
            List<PredictorEntry> added = new ArrayList<>();
            autoDetails.setText("");
            for (TrainEvaluate.Trained r : results) {
                String label = r.kind();
                if (r.predictor() instanceof AutoPredictor auto) {
                    label = "auto → " + auto.chosenCandidate();
                    autoDetails.setText(KindInfo.cvTable(auto));
                    autoDetails.setTooltip(new Tooltip(auto.describe()));
                }
                String name = ctx.workspace().uniquePredictorName(label + " · " + data.device());
                PredictorEntry e = new PredictorEntry(name, r.predictor(), ds.name(), fraction, s, r.report());
                ctx.workspace().predictors().add(e);
                added.add(e);
            }
            status.setText("Trained " + added.size() + (added.size() == 1 ? " predictor" : " predictors")
                    + " on " + ds.name() + ", tested on the same " + results.get(0).report().overall().n() + " rows.");
            onAdded.accept(added);
            done.complete(added);
        });
        return done;
    }

    private CompletableFuture<List<PredictorEntry>> refuse(String why) {
        status.setText(why);
        return CompletableFuture.completedFuture(List.of());
    }

    private void setRunning(boolean on) {
        train.setDisable(on);
        cancel.setDisable(!on);
        progress.setVisible(on);
        progress.progressProperty().unbind();
        if (on && running != null) progress.progressProperty().bind(running.progressProperty());
        if (!on) running = null;
    }

    private void load() {
        DatasetEntry ds = dataset.getValue();
        if (ds == null) {
            status.setText("Choose the dataset to evaluate the loaded predictor on.");
            return;
        }
        var file = ctx.dialogs().openFile("Load predictor", List.of("*.json"));
        if (file.isEmpty()) return;
        Path p = file.get();
        status.setText("Loading " + p.getFileName() + "…");
        record Loaded(LatencyPredictor predictor, io.evolp.predict.eval.EvaluationReport report) { }
        ctx.tasks().run("Load " + p.getFileName(), pm -> {
            LatencyPredictor pred = PredictorStore.load(p);
            return new Loaded(pred, Evaluator.evaluate(pred, ds.dataset()));
        }, r -> {
            LatencyPredictor pred = r.predictor();
            String name = ctx.workspace().uniquePredictorName(pred.kind() + " · " + pred.device() + " (" + p.getFileName() + ")");
            PredictorEntry e = new PredictorEntry(name, pred, ds.name(), 0, 0, r.report());
            ctx.workspace().predictors().add(e);
            status.setText("Loaded " + p.getFileName() + ", evaluated on all " + ds.dataset().size() + " rows of " + ds.name() + ".");
            onAdded.accept(List.of(e));
        }).exceptionally(err -> {
            status.setText("Could not load " + p.getFileName() + ": " + Messages.ofFailure(err));
            return null;
        });
    }

    private void save() {
        PredictorEntry e = selected.get();
        if (e == null) {
            status.setText("Select a predictor in the table to save it.");
            return;
        }
        var file = ctx.dialogs().saveFile("Save predictor", e.name().replace(" · ", "-").replaceAll("[^A-Za-z0-9._-]+", "_") + ".json",
                List.of("*.json"));
        if (file.isEmpty()) return;
        Path p = file.get();
        ctx.tasks().run("Save " + p.getFileName(), pm -> {
            PredictorStore.save(e.predictor(), p);
            return p;
        }, saved -> status.setText("Saved " + e.name() + " to " + saved.getFileName() + "."));
    }
}
