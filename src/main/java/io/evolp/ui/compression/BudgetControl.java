package io.evolp.ui.compression;

import io.evolp.evolve.CorrectedPrediction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * The latency budget: a slider and a spinner (ms) kept in sync, ranging from 5 % to 100 % of the
 * full model's predicted (corrected) latency, which is shown next to them. {@link #budgetProperty()}
 * is the one value the rest of the screen listens to. FX thread only.
 */
final class BudgetControl {

    static final double MIN_SHARE = 0.05;

    private final Slider slider = new Slider(1, 100, 50);
    private final SpinnerValueFactory.DoubleSpinnerValueFactory factory =
            new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 100, 50, 0.1);
    private final Spinner<Double> spinner = new Spinner<>(factory);
    private final Label fullLabel = new Label("Full model: choose a model and a predictor");
    private final Label note = new Label();
    private final DoubleProperty budget = new SimpleDoubleProperty(50);
    private final VBox view;
    private boolean syncing;
    private boolean hasRange;

    BudgetControl() {
        slider.setId("budgetSlider");
        spinner.setId("budgetSpinner");
        fullLabel.setId("fullLabel");
        spinner.setEditable(true);
        spinner.setStyle("-fx-pref-width: 8.5em; -fx-min-width: 8.5em;");
        slider.setStyle("-fx-min-width: 10em;");
        slider.setTooltip(new javafx.scene.control.Tooltip("The latency budget: the pruned model must run in at most"
                + " this many ms (5 % to 100 % of the full model's predicted latency)"));
        spinner.setTooltip(new javafx.scene.control.Tooltip("The latency budget in ms: type a number or use the arrows"));
        factory.setConverter(new StringConverter<>() {
            @Override public String toString(Double v) { return v == null ? "" : String.format(Locale.ROOT, "%.2f", v); }
            @Override public Double fromString(String s) {
                try {
                    return Double.parseDouble(s.trim().replace("ms", "").trim());
                } catch (NumberFormatException e) {
                    return factory.getValue(); // an unparsable entry keeps the budget as it was
                }
            }
        });
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) note.setText(""); // the user chose a budget: the note about an earlier move is stale
            sync(v.doubleValue());
        });
        factory.valueProperty().addListener((o, a, v) -> {
            if (v != null) sync(v);
        });
        budget.addListener((o, a, v) -> sync(v.doubleValue())); // set from outside (a preset's share)
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label title = new Label("Latency budget (ms)");
        title.setStyle("-fx-font-weight: bold;");
        HBox row = new HBox(8, title, slider, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        note.setId("budgetNote");
        note.getStyleClass().add("compression-warning");
        note.setWrapText(true);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        view = new VBox(4, row, fullLabel, note);
        setDisabled(true);
    }

    VBox view() { return view; }

    Slider slider() { return slider; }

    Spinner<Double> spinner() { return spinner; }

    DoubleProperty budgetProperty() { return budget; }

    double budget() { return budget.get(); }

    /** The range the budget may take now (5 % to 100 % of the full model's prediction). */
    double min() { return factory.getMin(); }

    double max() { return factory.getMax(); }

    void setDisabled(boolean d) {
        slider.setDisable(d);
        spinner.setDisable(d);
    }

    /** The line under the budget (why it moved; "" when it did not). */
    String note() { return note.getText(); }

    /**
     * A new full-model prediction. {@code keepShare}: keep the budget at the same share of the full
     * latency; otherwise keep its value in ms — what a new predictor or model does, since the budget
     * is the user's deployment target, not a share of whatever a predictor says. When the new range
     * cannot hold it, the budget moves to the nearest end and the note under it says so.
     */
    void setFull(CorrectedPrediction full, boolean keepShare) {
        fullLabel.setText(Texts.full(full));
        double max = full.correctedMs(), min = MIN_SHARE * max;
        double share = hasRange ? (budget.get() - slider.getMin()) / (slider.getMax() - slider.getMin()) : -1;
        double kept = Math.min(max, Math.max(min, budget.get()));
        double next = !hasRange ? 0.5 * max
                : keepShare ? min + share * (max - min)
                : kept;
        note.setText(hasRange && !keepShare && Math.abs(kept - budget.get()) > 1e-9 * Math.max(1, max)
                ? String.format(Locale.ROOT, "The budget %.2f ms is outside this model's range (%.2f–%.2f ms, the full"
                + " model's prediction): set to %.2f ms.", budget.get(), min, max, kept) : "");
        syncing = true;
        try {
            slider.setMin(min);
            slider.setMax(max);
            factory.setMin(min);
            factory.setMax(max);
            factory.setAmountToStepBy(niceStep(max));
            slider.setMajorTickUnit(niceStep(max) * 50);
        } finally {
            syncing = false;
        }
        hasRange = true;
        setDisabled(false);
        sync(next);
    }

    private void sync(double v) {
        if (syncing) return;
        syncing = true;
        try {
            slider.setValue(v);
            factory.setValue(v);
            budget.set(v);
        } finally {
            syncing = false;
        }
    }

    /** Spinner step of about 1/500 of the range, rounded to 1, 2 or 5 × a power of ten. */
    static double niceStep(double max) {
        double raw = max / 500, p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }
}
