package io.evolp.ui.compression;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.Locale;

/**
 * The classroom pace: a switch and a slider of 0.5–10 s between automatic measurements. Off, Run
 * measures back to back (a researcher's run); on, the pace drives the loop so a room can follow each
 * step. Written into one property, the effective wait in seconds (0 when off); a preset that sets
 * that property turns the switch on and moves the slider. Sizes are in em so the control grows with
 * the font (presentation mode). FX thread only.
 */
final class PaceControl {

    static final double MIN = 0.5;
    static final double MAX = 10;
    static final double DEFAULT = 3;

    private final DoubleProperty pace;
    private final CheckBox on = new CheckBox("Classroom pace");
    private final Slider slider = new Slider(MIN, MAX, DEFAULT);
    private final Label value = new Label();
    private final HBox view;
    private boolean syncing;

    PaceControl(DoubleProperty pace) {
        this.pace = pace;
        on.setId("paceToggle");
        on.setTooltip(new Tooltip("Wait between automatic measurements so a room can follow each step.\n"
                + "Off: Run measures back to back."));
        slider.setId("paceSlider");
        slider.setMajorTickUnit(1.5);
        slider.setMinorTickCount(2);
        slider.setBlockIncrement(0.5);
        slider.setShowTickMarks(true);
        slider.setStyle("-fx-min-width: 10em; -fx-pref-width: 14em;");
        slider.setTooltip(new Tooltip("Seconds between automatic measurements: 0.5 to 10 s (takes effect at once,"
                + " also while running)"));
        slider.disableProperty().bind(on.selectedProperty().not());
        value.setId("paceValue");
        value.setStyle("-fx-min-width: 8em;");
        value.setTooltip(slider.getTooltip());
        on.selectedProperty().addListener((o, a, v) -> write());
        slider.valueProperty().addListener((o, a, v) -> write());
        pace.addListener((o, a, v) -> read(v.doubleValue()));
        read(pace.get());
        view = new HBox(6, on, slider, value);
        view.setAlignment(Pos.CENTER_LEFT);
    }

    HBox view() { return view; }

    Slider slider() { return slider; }

    CheckBox toggle() { return on; }

    /** A preset's pace: off for 0 or less, else clamped to the slider's range. */
    static double clamp(double seconds) {
        return seconds <= 0 ? 0 : Math.max(MIN, Math.min(MAX, seconds));
    }

    private void write() {
        value.setText(on.isSelected() ? String.format(Locale.ROOT, "%.1f s between", slider.getValue()) : "no wait");
        if (syncing) return;
        syncing = true;
        try {
            pace.set(on.isSelected() ? slider.getValue() : 0);
        } finally {
            syncing = false;
        }
    }

    private void read(double seconds) {
        if (syncing) return;
        syncing = true;
        try {
            on.setSelected(seconds > 0);
            if (seconds > 0) slider.setValue(clamp(seconds));
        } finally {
            syncing = false;
        }
        write();
    }
}
