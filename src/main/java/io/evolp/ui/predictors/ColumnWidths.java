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
        return text(s, bold, Font.getDefault().getSize());
    }

    /** @param size the font size the table really uses (it follows the text zoom and presentation mode) */
    static double text(String s, boolean bold, double size) {
        if (s == null || s.isEmpty()) return 0;
        Text t = new Text(s);
        Font f = Font.getDefault();
        t.setFont(Font.font(f.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return t.getLayoutBounds().getWidth();
    }
}
