package io.evolp.ui.predictors;

import io.evolp.predict.AutoPredictor;
import io.evolp.predict.Predictors;
import io.evolp.task.TaskHandle;
import io.evolp.ui.workspace.DatasetEntry;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
import javafx.util.Duration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Left column of the Predictors screen (part of the view): which dataset (device), which kinds,
 * holdout and seed, bound to the {@link PredictorsModel}; Train / Cancel / Load / Save forward to the
 * {@link PredictorsController}. The progress bar follows the running job's handle.
 */
final class TrainPanel {

    private final PredictorsModel model;
    private final ComboBox<DatasetEntry> dataset = new ComboBox<>();
    private final Map<String, CheckBox> kinds = new LinkedHashMap<>();
    private final Spinner<Double> holdout = new Spinner<>(0.05, 0.9, 0.2, 0.05);
    private final TextField seed = new TextField("1");
    private final Button train = new Button("Train");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label autoDetails = new Label();
    private final Timeline poll;
    private final VBox box;

    TrainPanel(ObservableList<DatasetEntry> datasets, PredictorsModel model, PredictorsController controller) {
        this.model = model;
        dataset.setId("dataset-choice");
        dataset.setItems(datasets);
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setPromptText("open a dataset first");
        datasets.addListener((ListChangeListener<DatasetEntry>) c -> {
            if (dataset.getValue() == null && !dataset.getItems().isEmpty()) dataset.getSelectionModel().select(0);
        });
        model.dataset.bind(dataset.valueProperty());
        if (!dataset.getItems().isEmpty()) dataset.getSelectionModel().select(0);
        VBox kindBox = new VBox(4);
        for (String k : Predictors.kinds()) {
            CheckBox cb = new CheckBox(k);
            cb.setId("kind-" + k);
            cb.setTooltip(new Tooltip(KindInfo.describe(k)));
            cb.selectedProperty().addListener((o, was, on) -> syncKinds());
            cb.setSelected(k.equals(AutoPredictor.KIND)); // the default: chosen per dataset by cross-validation
            kinds.put(k, cb);
            kindBox.getChildren().add(cb);
        }
        syncKinds();
        holdout.setId("holdout");
        holdout.setEditable(true);
        holdout.setMaxWidth(Double.MAX_VALUE);
        holdout.valueProperty().addListener((o, a, v) -> model.holdout.set(v));
        seed.setId("seed");
        model.seed.bind(seed.textProperty());
        model.seedInvalid.addListener((o, a, bad) -> seed.setStyle(bad ? "-fx-border-color: #c62828;" : ""));
        train.setId("train");
        train.setDefaultButton(true);
        train.setOnAction(e -> controller.train());
        cancel.setId("cancel-train");
        cancel.setOnAction(e -> controller.cancelTraining());
        progress.setId("train-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        poll = new Timeline(new KeyFrame(Duration.millis(200), e -> showProgress()));
        poll.setCycleCount(Timeline.INDEFINITE);
        model.training.addListener((o, a, job) -> running(job != null));
        running(false);
        status.setId("train-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        autoDetails.setId("auto-details");
        autoDetails.setStyle("-fx-font-family: monospace; -fx-font-size: 0.85em;");
        autoDetails.textProperty().bind(model.autoDetails);
        model.autoDescription.addListener((o, a, d) -> autoDetails.setTooltip(d == null ? null : new Tooltip(d)));
        Button load = wide(new Button("Load predictor…"), "load-predictor",
                "Load a predictor JSON and evaluate it on all rows of the chosen dataset");
        load.setOnAction(e -> controller.load());
        Button save = wide(new Button("Save predictor…"), "save-predictor", "Save the predictor selected in the table as JSON");
        save.setOnAction(e -> controller.save());
        box = new VBox(8, bold("Dataset (device)"), dataset, bold("Predictor kinds"), kindBox, featureInfo(),
                bold("Test share (holdout)"), holdout, bold("Seed"), seed,
                new HBox(6, train, cancel), progress, status, autoDetails, new Separator(), load, save);
        box.setPadding(new Insets(10));
        box.setPrefWidth(230);
        box.setMinWidth(200);
    }

    VBox view() { return box; }
    String status() { return status.getText(); }
    String autoDetails() { return autoDetails.getText(); }

    private void syncKinds() {
        model.kinds.setAll(kinds.values().stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList());
    }

    private void running(boolean on) {
        train.setDisable(on);
        cancel.setDisable(!on);
        progress.setVisible(on);
        progress.setProgress(on ? ProgressBar.INDETERMINATE_PROGRESS : 0);
        if (on) poll.play();
        else poll.stop();
    }

    /** Handles are not observable: the bar reads the running job's progress five times a second. */
    private void showProgress() {
        TaskHandle<?> job = model.training.get();
        if (job != null) progress.setProgress(job.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : job.progress());
    }

    private static Label featureInfo() {
        Label features = new Label("(i) feature set of gbt, forest, hybrid");
        features.setId("feature-info");
        features.setStyle("-fx-text-fill: -fx-accent; -fx-font-size: 0.9em;");
        Tooltip ft = new Tooltip(KindInfo.features());
        ft.setShowDuration(Duration.minutes(2));
        features.setTooltip(ft);
        return features;
    }

    private static Button wide(Button b, String id, String tip) {
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
