package io.evolp.ui.compression;

import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.TableCsvExport;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;

/**
 * PNG/SVG export of the screen's charts and CSV export of the step log through the workbench's
 * {@link ExportMenus} (the chart is cloned on the FX thread and rendered from the clone on a worker,
 * so a sample arriving during an export never meets a half-drawn chart), and the screen's own
 * context menu on chart viewers.
 */
final class Exports {


    private final UiContext ctx;

    Exports(UiContext ctx) {
        this.ctx = ctx;
    }

    /** A chart viewer without JFreeChart's own menu (it opens native file choosers) but with ours. */
    ChartViewer viewer(JFreeChart chart, String baseName) {
        ChartViewer v = new ChartViewer(chart, false);
        ContextMenu menu = new ContextMenu(item("Export PNG…", () -> chart(chart, baseName, "png")),
                item("Export SVG…", () -> chart(chart, baseName, "svg")));
        v.setOnContextMenuRequested(e -> menu.show(v, e.getScreenX(), e.getScreenY()));
        v.setMinSize(200, 160);
        v.setPrefSize(400, 300);
        return v;
    }

    void chart(JFreeChart chart, String baseName, String ext) {
        ExportMenus.exportChart(chart, ctx, baseName, ext);
    }

    void table(TableView<?> table, String baseName) {
        List<List<String>> rows = TableCsvExport.snapshot(table); // on the FX thread, as shown
        ExportMenus.exportTable(ctx, baseName, (file, m) -> TableCsvExport.write(rows, file));
    }

    static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }
}
