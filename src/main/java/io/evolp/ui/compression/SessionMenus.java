package io.evolp.ui.compression;

import io.evolp.ui.workspace.SessionEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.jfree.chart.JFreeChart;

import java.util.List;

/**
 * The Compression screen's "Session" (keep, save, open a kept or saved session) and "Export" (charts
 * as PNG/SVG, the step log as CSV) menu buttons. Part of the view: the file work is the archive's
 * and the exports', a loaded session goes to the controller.
 */
final class SessionMenus {

    private final UiContext ctx;
    private final CompressionController controller;
    private final SessionArchive archive;

    SessionMenus(UiContext ctx, CompressionController controller, SessionArchive archive) {
        this.ctx = ctx;
        this.controller = controller;
        this.archive = archive;
    }

    MenuButton sessionMenu() {
        Menu open = new Menu("Open kept session");
        MenuButton b = new MenuButton("Session");
        b.setId("sessionMenu");
        MenuItem keep = Exports.item("Keep in project", this::keep);
        keep.setId("keepSession");
        MenuItem save = Exports.item("Save to file…", this::save);
        MenuItem openFile = Exports.item("Open session file…", () -> ctx.dialogs()
                .openFile("Open a compression session", List.of("*.json"))
                .ifPresent(p -> archive.load(p).thenAccept(controller::show)));
        Exports exports = new Exports(ctx);
        MenuItem plan = Exports.item("Export pruning plan…", () -> withSession(s -> exports.pruning(s, false)));
        plan.setId("exportPruningPlan");
        MenuItem pruned = Exports.item("Export pruned ONNX…", () -> withSession(s -> exports.pruning(s, true)));
        pruned.setId("exportPrunedOnnx");
        b.getItems().addAll(keep, save, new SeparatorMenuItem(), plan, pruned, new SeparatorMenuItem(), open, openFile);
        b.setOnShowing(e -> {
            var live = controller.runner().session();
            keep.setDisable(live == null);
            save.setDisable(live == null);
            plan.setDisable(live == null || live.steps().isEmpty());
            pruned.setDisable(live == null || live.steps().isEmpty() || exports.onnxSource(live.settings()) == null);
            open.getItems().clear();
            for (SessionEntry entry : ctx.workspace().sessions()) {
                open.getItems().add(Exports.item(entry.name(), () -> archive.load(entry).thenAccept(controller::show)));
            }
            open.setDisable(open.getItems().isEmpty());
        });
        return b;
    }

    private void withSession(java.util.function.Consumer<io.evolp.compress.CompressionSession> action) {
        var s = controller.runner().session();
        if (s != null) action.accept(s);
    }

    private void keep() {
        var s = controller.runner().session();
        if (s != null) archive.keep(s).thenAccept(e -> ctx.dialogs().info("Session kept",
                "'" + e.name() + "' is part of the project; save the project to keep it on disk."));
    }

    private void save() {
        var s = controller.runner().session();
        if (s == null) return;
        ctx.dialogs().saveFile("Save compression session", "compression-session.json", List.of("*.json"))
                .ifPresent(file -> archive.save(s, file));
    }

    static MenuButton exportMenu(Exports exports, JFreeChart steps, JFreeChart correction, JFreeChart widths,
                                 StepLogTable log) {
        MenuButton b = new MenuButton("Export");
        b.setId("exportMenu");
        String[][] charts = {{"Step chart (a)", "compression-steps"}, {"Correction chart (b)", "compression-correction"},
                {"Widths chart (c)", "compression-widths"}};
        JFreeChart[] jf = {steps, correction, widths};
        for (int i = 0; i < charts.length; i++) {
            int k = i;
            b.getItems().add(Exports.item(charts[i][0] + " as PNG…", () -> exports.chart(jf[k], charts[k][1], "png")));
            b.getItems().add(Exports.item(charts[i][0] + " as SVG…", () -> exports.chart(jf[k], charts[k][1], "svg")));
        }
        b.getItems().add(new SeparatorMenuItem());
        b.getItems().add(Exports.item("Step log as CSV…", () -> exports.table(log.view(), "compression-steps")));
        return b;
    }
}
