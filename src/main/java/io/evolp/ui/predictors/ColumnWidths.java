package io.evolp.ui.predictors;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Width of a table cell's text in the current default font, for fitting columns to their content. */
final class ColumnWidths {

    /** Cell insets, sort arrow and a little air. */
    static final double PADDING = 26;

    private ColumnWidths() {
    }

    static double text(String s, boolean bold) {
        if (s == null || s.isEmpty()) return 0;
        Text t = new Text(s);
        Font f = Font.getDefault();
        t.setFont(bold ? Font.font(f.getFamily(), FontWeight.BOLD, f.getSize()) : f);
        return t.getLayoutBounds().getWidth();
    }
}
