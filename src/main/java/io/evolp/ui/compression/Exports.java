package io.evolp.ui.compression;

import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.TableCsvExport;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.workflow.export.PruneExport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

    /**
     * The session's result as a pruning plan, or — for a model imported from ONNX — as the pruned
     * ONNX itself; the file is chosen first, the work runs on the task runner, the result is told
     * in one message (what was pruned, what stayed whole and why).
     */
    void pruning(CompressionSession session, boolean onnx) {
        SessionSettings settings = session.settings();
        SessionResult result = session.result();
        Path source = onnxSource(settings);
        if (onnx && source == null) return;
        String base = settings.model().name().replaceAll("[^A-Za-z0-9._-]", "_");
        var target = onnx
                ? ctx.dialogs().saveFile("Export pruned ONNX", base + "-pruned.onnx", List.of("*.onnx"))
                : ctx.dialogs().saveFile("Export pruning plan", base + "-pruning-plan.json", List.of("*.json"));
        target.ifPresent(file -> ctx.tasks().run("Exporting " + file.getFileName(), pm -> PruneExport.export(settings, result,
                null, source, onnx ? null : file, onnx ? file : null), done -> ctx.dialogs().info(
                onnx ? "Pruned ONNX exported" : "Pruning plan exported", message(done, file))));
    }

    /** The .onnx file the session's model was imported from, or null (then there is no graph to cut). */
    Path onnxSource(SessionSettings settings) {
        for (ModelEntry e : ctx.workspace().models()) {
            if (e.source() != null && e.source().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")
                    && e.model().convs().equals(settings.model().convs())) {
                return e.source();
            }
        }
        return null;
    }

    static String message(PruneExport.Exported done, Path file) {
        var layers = done.plan().layers();
        long pruned = layers.stream().filter(l -> l.width() < l.channels()).count();
        int kept = layers.stream().mapToInt(l -> l.width()).sum(), all = layers.stream().mapToInt(l -> l.channels()).sum();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Wrote %s: %d of %d layers pruned, %d of %d channels kept"
                + " (%.1f %%); predicted %.2f ms for a budget of %.2f ms.", file.getFileName(), pruned, layers.size(), kept, all,
                100.0 * kept / Math.max(1, all), done.plan().predictedMs(), done.plan().budgetMs()));
        for (String n : done.plan().notes()) sb.append("\n").append(n);
        return sb.toString();
    }

    static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }
}
