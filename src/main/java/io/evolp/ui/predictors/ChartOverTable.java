package io.evolp.ui.predictors;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * A chart above its table where the chart takes the free height: the table gets what its rows need,
 * at most {@value #TABLE_SHARE} of the height (it scrolls beyond that), and never less than its header
 * and two rows. A fixed divider (0.72) left the learning-curve chart about 200 px tall in presentation
 * mode, too short for its text to follow the zoom ({@code ChartFonts.fit}). The divider is placed again
 * when the height, the text size or the number of rows changes; the user may still drag it in between.
 */
final class ChartOverTable {

    /** The largest share of the height the table takes by itself. */
    static final double TABLE_SHARE = 0.25;
    /** Row and header heights in em (Modena: a 13 px row is 24 px tall, the header about 25 px). */
    static final double ROW_EM = 1.9;
    static final double HEADER_EM = 2.2;

    private final SplitPane split;
    private final TableView<?> table;
    private final ObservableDoubleValue fontPx;

    /** @param fontPx the text size the table is drawn at (follows the text zoom) */
    ChartOverTable(Node chart, TableView<?> table, ObservableDoubleValue fontPx) {
        this.table = table;
        this.fontPx = fontPx;
        split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.heightProperty().addListener(o -> place());
        fontPx.addListener(o -> place());
        table.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> place());
    }

    SplitPane view() { return split; }

    private void place() {
        double h = split.getHeight();
        if (h > 0) split.setDividerPositions(divider(h, fontPx.get(), table.getItems().size()));
    }

    /** Divider position (share of the height above it) for a table of {@code rows} rows drawn at {@code fontPx}. */
    static double divider(double height, double fontPx, int rows) {
        double row = ROW_EM * fontPx;
        double header = HEADER_EM * fontPx;
        double want = header + Math.max(2, rows) * row + 2; // no rows: the placeholder's two lines
        double least = header + 2 * row;
        double table = Math.min(want, Math.max(least, TABLE_SHARE * height));
        table = Math.min(table, 0.5 * height); // the chart keeps at least half, whatever the text size
        return 1 - table / height;
    }
}
