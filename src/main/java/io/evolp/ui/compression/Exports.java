package io.evolp.ui.compression;

import io.evolp.ui.common.ChartExport;
import io.evolp.ui.common.TableCsvExport;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.List;

/**
 * PNG/SVG export of the screen's charts and CSV export of the step log. The chart is cloned on the
 * FX thread (its datasets with it) and rendered from the clone on a worker, so a sample arriving
 * during an export never meets a half-drawn chart; the table is snapshotted on the FX thread.
 */
final class Exports {

    static final int WIDTH = 1200;
    static final int HEIGHT = 800;

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
        ctx.dialogs().saveFile("Export chart as " + ext.toUpperCase(java.util.Locale.ROOT), baseName + "." + ext,
                List.of("*." + ext)).ifPresent(file -> write(chart, file));
    }

    /** Renders a copy of {@code chart} to {@code file} (.svg → SVG, else PNG) in the background. */
    java.util.concurrent.CompletableFuture<Void> write(JFreeChart chart, Path file) {
        JFreeChart copy;
        try {
            copy = (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            ctx.dialogs().error("Export chart", "this chart cannot be copied for export: " + e.getMessage());
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
        return ctx.tasks().run("Exporting " + file.getFileName(),
                pm -> Unchecked.io(() -> ChartExport.write(copy, WIDTH, HEIGHT, file)), null);
    }

    void table(TableView<?> table, String baseName) {
        ctx.dialogs().saveFile("Export step log as CSV", baseName + ".csv", List.of("*.csv"))
                .ifPresent(file -> writeTable(table, file));
    }

    java.util.concurrent.CompletableFuture<Void> writeTable(TableView<?> table, Path file) {
        List<List<String>> rows = TableCsvExport.snapshot(table);
        return ctx.tasks().run("Exporting " + file.getFileName(),
                pm -> Unchecked.io(() -> TableCsvExport.write(rows, file)), null);
    }

    static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }
}
