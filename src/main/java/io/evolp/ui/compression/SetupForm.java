package io.evolp.ui.compression;

import io.evolp.evolve.Corrections;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;

/**
 * The setup column of the Compression screen: model, measurement source, predictor (from the
 * workspace), correction, channel importance and the measurement budget. Changes that alter the
 * plan (model, predictor, correction, importance) call {@code onChange}; the source and the
 * measurement budget only matter when a session starts.
 */
final class SetupForm {

    private final ModelField model;
    private final SourceField source;
    private final ComboBox<PredictorEntry> predictor = new ComboBox<>();
    private final Label predictorHint = FormParts.hint("");
    private final ComboBox<String> correction = new ComboBox<>();
    private final Label correctionHint = FormParts.hint("");
    private final ImportanceField importance;
    static final int MIN_MEASUREMENTS = 1;
    static final int MAX_MEASUREMENTS = 100;

    private final Spinner<Integer> maxMeasurements = new Spinner<>(MIN_MEASUREMENTS, MAX_MEASUREMENTS, 20);
    private final VBox view;

    SetupForm(UiContext ctx, Runnable onChange) {
        Runnable changed = () -> {
            importanceFollowsModel();
            onChange.run();
        };
        model = new ModelField(ctx, changed);
        source = new SourceField(ctx);
        importance = new ImportanceField(ctx, onChange);
        predictor.setId("predictorChoice");
        predictor.setMaxWidth(Double.MAX_VALUE);
        predictor.setItems(ctx.workspace().predictors());
        predictorHint.setId("predictorHint");
        ctx.workspace().predictors().addListener((ListChangeListener<PredictorEntry>) c -> choosePredictorIfNone());
        predictor.valueProperty().addListener((o, a, v) -> {
            describePredictor();
            onChange.run();
        });
        correction.setId("correctionChoice");
        correction.setMaxWidth(Double.MAX_VALUE);
        correction.getItems().addAll(Corrections.KINDS);
        correction.getSelectionModel().select(0);
        correction.valueProperty().addListener((o, a, v) -> onChange.run());
        // the hint explains the chosen correction in words, so "shrink" and "linear" are not just names
        correctionHint.setId("correctionHint");
        correctionHint.textProperty().bind(correction.valueProperty().map(Corrections::describe).orElse(""));
        maxMeasurements.setId("maxMeasurements");
        maxMeasurements.setEditable(true);
        // unparsable text keeps the value (the form's validation names the problem) instead of throwing
        maxMeasurements.getValueFactory().setConverter(new javafx.util.converter.IntegerStringConverter() {
            @Override public Integer fromString(String v) {
                return FormChecks.count(v, MIN_MEASUREMENTS, MAX_MEASUREMENTS) == null ? super.fromString(v.trim())
                        : maxMeasurements.getValue();
            }
        });
        maxMeasurements.setMaxWidth(Double.MAX_VALUE);
        Label title = new Label("Setup");
        title.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        view = new VBox(12, title, model.view(), source.view(),
                new VBox(3, new Label("Predictor (trained layer predictor)"), predictor, predictorHint),
                new VBox(3, new Label("Correction"), correction,
                        correctionHint),
                importance.view(),
                new VBox(3, new Label("Max measurements"), maxMeasurements));
        view.setStyle("-fx-padding: 10;");
        choosePredictorIfNone();
    }

    VBox view() { return view; }

    ModelField model() { return model; }

    SourceField source() { return source; }

    ComboBox<PredictorEntry> predictor() { return predictor; }

    ComboBox<String> correction() { return correction; }

    ImportanceField importance() { return importance; }

    Spinner<Integer> maxMeasurements() { return maxMeasurements; }

    /** The plan-relevant choices, or null while there is no predictor to plan with. */
    SetupChoice choice() {
        PredictorEntry p = predictor.getValue();
        if (p == null) return null;
        return new SetupChoice(model.model(), model.label(), p.predictor(), p.name(), correction.getValue(),
                importance.choice());
    }

    private void choosePredictorIfNone() {
        // A ComboBox keeps its value when the item leaves the list; a removed predictor must not stay chosen.
        if (predictor.getValue() != null && !predictor.getItems().contains(predictor.getValue())) predictor.setValue(null);
        if (!predictor.getItems().isEmpty() && predictor.getValue() == null) predictor.getSelectionModel().select(0);
        describePredictor();
    }

    private void describePredictor() {
        PredictorEntry p = predictor.getValue();
        boolean none = predictor.getItems().isEmpty();
        predictorHint.setText(none ? "No predictor yet. Train a predictor on the Predictors screen."
                : p == null ? "" : p.kind() + " predictor, trained on " + p.device());
        predictorHint.getStyleClass().setAll("label", none ? "error-text" : "muted");
        predictorHint.setStyle(none ? "" : "-fx-font-size: 0.85em;");
    }

    private void importanceFollowsModel() {
        importance.setModelCarriesGammas(!model.model().gammas().isEmpty());
    }
}
