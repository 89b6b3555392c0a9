package io.evolp.ui.shell;

import io.evolp.ui.common.ExportAction;
import io.evolp.ui.common.Exportable;
import io.evolp.ui.common.Screen;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Menu bar and toolbar of the main window; every item calls into {@link MainWindow}'s actions and
 * says what it does: buttons in a tooltip, menu items in the status bar while the pointer is on them.
 */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar menuBar(MainWindow w) {
        MenuBar bar = new MenuBar(file(w), view(w), help(w));
        bar.setId("menu-bar");
        for (Menu m : bar.getMenus()) MenuTips.install(m, w::status);
        return bar;
    }

    private static Menu file(MainWindow w) {
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        recent.getItems().add(new MenuItem("(none)")); // a submenu needs an item to open at all
        MenuTips.tip(recent, "Projects opened or saved lately; greyed ones no longer exist");
        recent.setOnShowing(e -> fillRecent(recent, w));
        Menu export = new Menu("Export");
        export.setId("menu-export");
        export.getItems().add(new MenuItem("(nothing)"));
        MenuTips.tip(export, "What the current screen can export: tables as CSV, charts as PNG or SVG, results as JSON");
        export.setOnShowing(e -> fillExport(export, w.current()));
        return new Menu("File", null,
                tip(item("New project", "menu-new", ctrl(KeyCode.N), w.project()::newProject),
                        "Start with an empty workspace (asks first if there are unsaved changes)"),
                tip(item("Open project…", "menu-open", ctrl(KeyCode.O), w.project()::open),
                        "Open a project file: datasets, trained predictors, compression sessions and devices"),
                recent,
                new SeparatorMenuItem(),
                tip(item("Save", "menu-save", ctrl(KeyCode.S), () -> w.project().save()),
                        "Save the project to its file (asks for a file the first time)"),
                tip(item("Save as…", "menu-save-as", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> w.project().saveAs()), "Save the project to a new file"),
                new SeparatorMenuItem(),
                tip(item("Import dataset…", "menu-import-dataset", ctrl(KeyCode.I), w.imports()::importDataset),
                        "Read layer datasets (CSV: one measured conv layer per row) into the workspace"),
                tip(item("Import model…", "menu-import-model", null, w.imports()::importModel),
                        "Read a model (JSON layer list or ONNX file) to predict and compress"),
                tip(item("Profile a new device…", "menu-profile-device", new KeyCodeCombination(KeyCode.P,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), w::profileNewDevice),
                        "Devices screen: measure the layers that help most on a new board, transferring from a device you know"),
                export,
                new SeparatorMenuItem(),
                tip(item("Quit", "menu-quit", ctrl(KeyCode.Q), w::requestClose),
                        "Close the workbench (asks first if there are unsaved changes)"));
    }

    private static Menu view(MainWindow w) {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("menu-theme-light");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (Themes.DARK.equals(w.theme()) ? dark : light).setSelected(true);
        light.setOnAction(e -> w.setTheme(Themes.LIGHT));
        dark.setOnAction(e -> w.setTheme(Themes.DARK));
        MenuTips.tip(light, "Dark text on a light background: for bright rooms and projectors");
        MenuTips.tip(dark, "Light text on a dark background");
        CheckMenuItem present = new CheckMenuItem("Presentation mode");
        present.setId("menu-presentation");
        present.setAccelerator(ZoomControl.PRESENT);
        present.setSelected(w.zoom().presenting());
        w.zoom().presentingProperty().addListener((o, a, b) -> present.setSelected(b));
        present.setOnAction(e -> {
            w.zoom().togglePresentation();
            present.setSelected(w.zoom().presenting());
        });
        MenuTips.tip(present, "Full screen with large text and chart labels, for a class or a talk (F11 or Esc leaves)");
        Menu m = new Menu("View", null, light, dark, new SeparatorMenuItem(), present,
                tip(item("Larger text", "menu-zoom-in", ZoomControl.ZOOM_IN, w.zoom()::zoomIn),
                        "Larger text and chart labels in every window (also Ctrl+=)"),
                tip(item("Smaller text", "menu-zoom-out", ZoomControl.ZOOM_OUT, w.zoom()::zoomOut),
                        "Smaller text and chart labels in every window"),
                tip(item("Normal text size", "menu-zoom-reset", ZoomControl.ZOOM_RESET, w.zoom()::reset),
                        "Back to the normal text size (in presentation mode: its own size)"),
                new SeparatorMenuItem());
        List<Screen> screens = w.screens();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < screens.size(); i++) {
            int index = i;
            m.getItems().add(tip(item(screens.get(i).title(), "menu-screen-" + (i + 1),
                    i < digits.length ? ctrl(digits[i]) : null, () -> w.select(index)),
                    Navigation.describe(screens.get(i).title())));
        }
        return m;
    }

    private static Menu help(MainWindow w) {
        return new Menu("Help", null,
                tip(item("Welcome", "menu-welcome", null, w::showWelcome),
                        "The welcome page: classroom demo, sample project, recent projects"),
                tip(item("User guide", "menu-guide", new KeyCodeCombination(KeyCode.F1), w::showGuide),
                        "How to use the workbench, screen by screen (Esc closes it)"),
                tip(item("Glossary", "menu-glossary", new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN),
                        w::showGlossary), "The words on the screens in plain language: band, window, kept %, MAPE … (searchable)"),
                tip(item("About EvoLP Workbench", "menu-about", null, w::showAbout),
                        "Version, Java and library versions, licence"));
    }

    static ToolBar toolBar(MainWindow w) {
        ToolBar t = new ToolBar(
                button("New", "Start a new project (Ctrl+N)", w.project()::newProject),
                button("Open…", "Open a project (Ctrl+O)", w.project()::open),
                button("Save", "Save the project (Ctrl+S)", () -> w.project().save()),
                new javafx.scene.control.Separator(),
                button("Import dataset…", "Import layer dataset CSV files (Ctrl+I)", w.imports()::importDataset),
                button("Import model…", "Import a model (JSON layer list or ONNX file)", w.imports()::importModel));
        t.setId("tool-bar");
        return t;
    }

    private static void fillRecent(Menu recent, MainWindow w) {
        recent.getItems().clear();
        List<Path> paths = w.preferences().recent();
        long missing = paths.stream().filter(p -> !Files.isRegularFile(p)).count();
        for (Path p : paths) {
            boolean exists = Files.isRegularFile(p);
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent() + (exists ? "" : "  (missing)"));
            i.setDisable(!exists); // greyed: still listed so the user sees it went away
            i.setOnAction(e -> w.project().openRecent(p));
            MenuTips.tip(i, exists ? "Open " + p : p + " no longer exists");
            recent.getItems().add(i);
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
        if (missing > 0) {
            recent.getItems().add(new SeparatorMenuItem());
            recent.getItems().add(item("Remove " + missing + " missing", "menu-recent-prune", null, () -> {
                paths.stream().filter(p -> !Files.isRegularFile(p)).forEach(w.preferences()::removeRecent);
                w.savePrefs();
                w.status("Removed " + missing + " missing project(s) from the recent list");
            }));
        }
    }

    private static void fillExport(Menu export, Screen current) {
        export.getItems().clear();
        List<ExportAction> actions = current instanceof Exportable e ? e.exportActions() : List.of();
        for (ExportAction a : actions) export.getItems().add(item(a.label(), null, null, a.action()));
        if (actions.isEmpty()) {
            MenuItem none = new MenuItem("Nothing to export on " + (current == null ? "this screen" : current.title()));
            none.setDisable(true);
            export.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (id != null) i.setId(id);
        if (key != null) i.setAccelerator(key);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static MenuItem tip(MenuItem i, String text) {
        return MenuTips.tip(i, text);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static KeyCombination ctrl(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }
}
