package io.evolp.ui.common;

import io.evolp.task.ProgressMonitor;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Reusable "export" wiring (DESIGN §6: every table to CSV, every chart to PNG and SVG): a button
 * and a context-menu entry doing the same thing. The file is asked through {@code Dialogs} (so
 * tests answer it); the writing runs as a background task; errors arrive as one line.
 *
 * <pre>
 *   toolbar.getChildren().add(ExportMenus.table(table, ctx, "summary"));     // small tables
 *   toolbar.getChildren().add(ExportMenus.chart(viewer, ctx, "latency-vs-cin"));
 * </pre>
 */
public final class ExportMenus {

    /** Chart export size in pixels (independent of the window, so exported figures are comparable). */
    public static final int CHART_WIDTH = 1200, CHART_HEIGHT = 760;

    /** Writes a whole table; obtained on the FX thread, run on a worker. */
    @FunctionalInterface
    public interface CsvJob {
        void write(Path file, ProgressMonitor monitor) throws IOException;
    }

    private ExportMenus() {
    }

    /** "Export CSV…" for a table small enough to snapshot on the FX thread (thousands of rows). */
    public static Button table(TableView<?> table, UiServices ctx, String baseName) {
        return table(table, ctx, baseName, () -> {
            List<List<String>> rows = TableCsvExport.snapshot(table);
            return (file, m) -> TableCsvExport.write(rows, file);
        });
    }

    /** As {@link #table(TableView, UiServices, String)}, with a job that streams large tables from a worker. */
    public static Button table(TableView<?> table, UiServices ctx, String baseName, Supplier<CsvJob> job) {
        Runnable action = () -> exportTable(ctx, baseName, job.get());
        Button b = new Button("Export CSV…");
        b.setTooltip(new Tooltip("Save the table as shown (filter and sort applied) as CSV"));
        b.setOnAction(e -> action.run());
        MenuItem item = new MenuItem("Export CSV…");
        item.setOnAction(e -> action.run());
        ContextMenu menu = table.getContextMenu() != null ? table.getContextMenu() : new ContextMenu();
        menu.getItems().add(item);
        table.setContextMenu(menu);
        return b;
    }

    /**
     * "PNG…" and "SVG…" buttons for a chart, and the same two entries as the viewer's context menu
     * (replacing JFreeChart's own, which would bypass the workbench dialogs and needs JFreeSVG).
     */
    public static HBox chart(ChartViewer viewer, UiServices ctx, String baseName) {
        Button png = new Button("PNG…");
        Button svg = new Button("SVG…");
        png.setOnAction(e -> exportChart(viewer.getChart(), ctx, baseName, "png"));
        svg.setOnAction(e -> exportChart(viewer.getChart(), ctx, baseName, "svg"));
        png.setTooltip(new Tooltip("Export this chart as a PNG image"));
        svg.setTooltip(new Tooltip("Export this chart as SVG (vector)"));
        MenuItem mp = new MenuItem("Export PNG…");
        MenuItem ms = new MenuItem("Export SVG…");
        mp.setOnAction(e -> png.fire());
        ms.setOnAction(e -> svg.fire());
        viewer.getContextMenu().getItems().setAll(mp, ms);
        HBox box = new HBox(4, png, svg);
        return box;
    }

    /** Asks for a file and writes the table in the background; completes with the file (or empty when cancelled). */
    public static CompletableFuture<Path> exportTable(UiServices ctx, String baseName, CsvJob job) {
        var target = ctx.dialogs().saveFile("Export table as CSV", baseName + ".csv", List.of("*.csv"));
        if (target.isEmpty()) return CompletableFuture.completedFuture(null);
        Path file = withExtension(target.get(), "csv");
        return ctx.tasks().run("Exporting " + file.getFileName(), m -> {
            job.write(file, m);
            return file;
        }, f -> { });
    }

    /** Asks for a file and renders the chart as {@code format} ("png" or "svg") in the background. */
    public static CompletableFuture<Path> exportChart(JFreeChart chart, UiServices ctx, String baseName, String format) {
        var target = ctx.dialogs().saveFile("Export chart as " + format.toUpperCase(Locale.ROOT),
                baseName + "." + format, List.of("*." + format));
        if (target.isEmpty()) return CompletableFuture.completedFuture(null);
        Path file = withExtension(target.get(), format);
        JFreeChart copy = copyOf(chart);
        return ctx.tasks().run("Exporting " + file.getFileName(), m -> {
            if (format.equals("svg")) ChartExport.svg(copy, CHART_WIDTH, CHART_HEIGHT, file);
            else ChartExport.png(copy, CHART_WIDTH, CHART_HEIGHT, file);
            return file;
        }, f -> { });
    }

    /**
     * A copy to draw from a worker while the screen may redraw (or re-style) the original. Datasets
     * are shared, which is safe because screens swap datasets rather than change them.
     */
    private static JFreeChart copyOf(JFreeChart chart) {
        try {
            return (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("chart cannot be copied for export: " + e.getMessage(), e);
        }
    }

    /** The one-line message the user sees, not the exception class. */
    static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + ext) ? p : p.resolveSibling(name + "." + ext);
    }
}
