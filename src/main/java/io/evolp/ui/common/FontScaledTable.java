package io.evolp.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

/**
 * Keeps a table with a fixed row height readable when the text size changes (Ctrl+Plus, presentation
 * mode). A fixed cell size lets the virtual flow skip measuring rows — needed for a million rows — but
 * a fixed 24 px row clips 150 % text to its top half, so the height follows the font of a nearby label
 * (labels resolve the CSS font size; a table has no font property of its own). Column widths chosen in
 * pixels for the base size are scaled by the same factor, and columns the user resized keep their
 * proportion.
 */
public final class FontScaledTable {

    /** The size the pixel figures passed in were chosen for (JavaFX's default on these machines). */
    static final double BASE_FONT_PX = 13.0;
    /** Row height per pixel of font size: 24 px rows at 13 px text, as before. */
    static final double ROW_PER_FONT_PX = 24.0 / BASE_FONT_PX;

    private FontScaledTable() {
    }

    /** Row height for a font size, never below the base 24 px. */
    static double rowHeight(double fontPx) {
        return Math.max(24.0, Math.ceil(fontPx * ROW_PER_FONT_PX));
    }

    /** Binds {@code table}'s fixed cell size and column widths to the font {@code probe} shows. */
    public static void follow(TableView<?> table, Labeled probe) {
        table.setFixedCellSize(rowHeight(probe.getFont().getSize()));
        probe.fontProperty().addListener((o, old, now) -> {
            table.setFixedCellSize(rowHeight(now.getSize()));
            double ratio = now.getSize() / (old == null ? BASE_FONT_PX : old.getSize());
            if (Math.abs(ratio - 1) > 1e-6) {
                for (TableColumn<?, ?> c : table.getColumns()) c.setPrefWidth(c.getPrefWidth() * ratio);
            }
        });
    }

    /** A width in pixels chosen for 13 px text, scaled to the font {@code probe} shows now. */
    public static double width(double basePx, Labeled probe) {
        Font f = probe.getFont();
        return basePx * (f == null ? 1.0 : f.getSize() / BASE_FONT_PX);
    }
}
