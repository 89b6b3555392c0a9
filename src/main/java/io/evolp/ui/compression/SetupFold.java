package io.evolp.ui.compression;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;

/**
 * Folds the Setup column away so the charts get the whole width. The user folds it with the toggle;
 * it also folds by itself when the text grows to presentation size (F11 at 1280x800 left the charts
 * a third of the width, and a class reads the charts, not the form) and unfolds when the text is
 * normal again. The user's toggle always wins until the text size changes again.
 */
final class SetupFold {

    /** Root text size (px) from which the column folds by itself; normal text is about 13 px. */
    static final double PRESENTATION_PX = 18;

    private final SplitPane split;
    private final Node column;
    private final ToggleButton toggle = new ToggleButton("Hide setup");
    private boolean large;

    /** @param probe a label whose font follows the window's text size (em-based styles) */
    SetupFold(SplitPane split, Node column, Labeled probe) {
        this.split = split;
        this.column = column;
        toggle.setId("setupFoldButton");
        toggle.setTooltip(new Tooltip("Hide the Setup column so the charts get the whole width"
                + " (presentation mode hides it by itself; press again to show it)"));
        toggle.selectedProperty().addListener((o, was, folded) -> apply(folded));
        probe.fontProperty().addListener((o, was, font) -> textSizeChanged(font));
    }

    ToggleButton button() {
        return toggle;
    }

    boolean folded() {
        return toggle.isSelected();
    }

    private void textSizeChanged(Font font) {
        boolean nowLarge = font != null && font.getSize() >= PRESENTATION_PX;
        if (nowLarge == large) return;
        large = nowLarge;
        toggle.setSelected(nowLarge);
    }

    private void apply(boolean folded) {
        if (folded) {
            split.getItems().remove(column);
        } else if (!split.getItems().contains(column)) {
            split.getItems().add(0, column);
            split.setDividerPositions(0.2);
        }
        toggle.setText(folded ? "Show setup" : "Hide setup");
    }
}
