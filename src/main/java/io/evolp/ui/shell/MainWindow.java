package io.evolp.ui.shell;

import io.evolp.ui.common.Messages;
import io.evolp.ui.common.Screen;
import io.evolp.ui.files.DropHandler;
import io.evolp.ui.files.ImportActions;
import io.evolp.ui.files.ProjectActions;
import io.evolp.ui.files.RecentProjects;
import io.evolp.ui.welcome.WelcomeScreen;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The main window: menu bar and toolbar, navigation on the left, the selected screen in the
 * middle, the status bar with background work at the bottom. Owns the window-level behaviour —
 * title, theme, remembered geometry, drag and drop, and the close guard for unsaved changes.
 * While the workspace is empty and untouched (first start, File ▸ New) the welcome screen covers
 * the screen area; choosing a screen in the navigation, or anything arriving in the workspace,
 * uncovers it.
 */
public final class MainWindow {

    public static final String TITLE = "EvoLP Workbench";
    private static final String DIVIDER = "main";

    private final Stage stage;
    private final UiContext ctx;
    private final AppPreferences prefs;
    private final List<Screen> screens = new ArrayList<>();
    private final StackPane content = new StackPane();
    private final StatusBar statusBar;
    private final ProjectActions project;
    private final ImportActions imports;
    private final DropHandler drops;
    private final Navigation navigation;
    private final SplitPane split;
    private final Scene scene;
    private final WelcomeScreen welcome;
    private final ZoomControl zoom;
    private BooleanBinding pristine; // held: the binding only lives while referenced
    private int selected = -1;
    private WindowState normalBounds;

    private MainWindow(Stage stage, UiContext ctx, AppPreferences prefs, List<Function<UiContext, Screen>> factories) {
        this.stage = stage;
        this.ctx = ctx;
        this.prefs = prefs;
        this.statusBar = new StatusBar(ctx.tasks());
        this.zoom = new ZoomControl(prefs.zoom(), z -> {
            prefs.setZoom(z);
            savePrefs();
        });
        this.project = new ProjectActions(ctx, recentProjects(), statusBar::setText);
        this.project.announceWith(this::notifyDone);
        this.imports = new ImportActions(ctx, statusBar::setText);
        this.drops = new DropHandler(ctx, project, imports);
        for (Function<UiContext, Screen> f : factories) screens.add(f.apply(ctx));
        navigation = new Navigation(screens, this::show);
        imports.onDatasetAdded(e -> DatasetReveal.show(screens, this::select, e));
        content.setId("screen-content");
        welcome = new WelcomeScreen(ctx, new WelcomeWiring(this));
        welcome.view().setVisible(false);
        split = new SplitPane(navigation, new StackPane(content, welcome.view()));
        SplitPane.setResizableWithParent(navigation, false);
        Double divider = prefs.divider(DIVIDER);
        split.setDividerPositions(divider != null ? divider : 0.14);
        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(AppMenus.menuBar(this), AppMenus.toolBar(this)));
        root.setBottom(statusBar);
        root.setId("main-root");
        WindowState w = prefs.window();
        scene = new Scene(root, w != null ? w.width() : 1280, w != null ? w.height() : 800);
        Themes.apply(scene, prefs.theme());
        drops.install(scene);
    }

    /** Builds the window into {@code stage} (not shown yet): title, geometry, close guard. */
    public static MainWindow install(Stage stage, UiContext ctx, AppPreferences prefs,
                                     List<Function<UiContext, Screen>> factories) {
        MainWindow w = new MainWindow(stage, ctx, prefs, factories);
        stage.setScene(w.scene);
        Workspace ws = ctx.workspace();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(ws),
                ws.dirtyProperty(), ws.projectFileProperty()));
        w.restoreGeometry();
        w.zoom.install(stage);
        w.zoom.factorProperty().addListener((o, a, f) -> w.status("Text size " + TextZoom.percent(f.doubleValue())
                + (w.zoom.presenting() ? " (presentation mode)" : "") + " — Ctrl+Plus / Ctrl+Minus, Ctrl+0 resets"));
        stage.setOnCloseRequest(e -> {
            e.consume(); // closing is decided by requestClose (it may need to ask, or save first)
            w.requestClose();
        });
        AppIcons.install(stage);
        if (!w.screens.isEmpty()) w.select(0);
        w.pristine = Bindings.createBooleanBinding(() -> !ws.isDirty() && ws.projectFileProperty().get() == null
                        && ws.datasets().isEmpty() && ws.predictors().isEmpty() && ws.sessions().isEmpty()
                        && ws.models().isEmpty(),
                ws.dirtyProperty(), ws.projectFileProperty(), ws.datasets(), ws.predictors(), ws.sessions(), ws.models());
        w.pristine.addListener((o, was, now) -> {
            if (now) w.showWelcome();
            else w.hideWelcome();
        });
        if (w.pristine.get()) w.showWelcome();
        return w;
    }

    static String title(Workspace ws) {
        String t = TITLE;
        if (ws.projectFileProperty().get() != null) t += " — " + ws.projectFileProperty().get().getFileName();
        return ws.isDirty() ? t + " *" : t;
    }

    public List<Screen> screens() { return List.copyOf(screens); }
    public Screen current() { return selected < 0 ? null : screens.get(selected); }
    public int selectedIndex() { return selected; }
    public ProjectActions project() { return project; }
    public ImportActions imports() { return imports; }
    public StatusBar statusBar() { return statusBar; }
    public AppPreferences preferences() { return prefs; }
    public Scene scene() { return scene; }
    public String theme() { return prefs.theme(); }
    /** Text zoom and presentation mode (View menu, Ctrl+Plus / Ctrl+Minus / Ctrl+0, F11). */
    public ZoomControl zoom() { return zoom; }
    public void status(String text) { statusBar.setText(text); }
    WelcomeScreen welcome() { return welcome; }

    /** Whether the welcome screen covers the screen area. */
    public boolean welcomeShown() { return welcome.view().isVisible(); }

    /** Shows the welcome screen over the current screen (Help ▸ Welcome; an empty workspace). */
    public void showWelcome() {
        welcome.shown();
        welcome.view().setVisible(true);
        navigation.setOpacity(0.75); // still usable: picking a screen leaves the welcome page
    }

    private void hideWelcome() {
        welcome.view().setVisible(false);
        navigation.setOpacity(1);
    }

    /** Shows screen {@code index} (navigation order) and selects it in the navigation. */
    public void select(int index) {
        navigation.select(index);
    }

    private void show(int index) {
        hideWelcome(); // the user chose a screen (also when re-choosing the one underneath)
        if (index == selected) return;
        selected = index;
        Screen s = screens.get(index);
        content.getChildren().setAll(s.view());
        s.shown();
        zoom.refreshCharts(); // its plain chart viewers join the scene now
    }

    /** File ▸ Profile a new device…: switches to the Devices screen with its profile panel open. */
    public void profileNewDevice() {
        if (!DeviceProfiling.open(screens, this::select)) status("No Devices screen in this window to profile a device on");
    }

    public void setTheme(String theme) {
        prefs.setTheme(theme);
        Themes.apply(scene, theme);
        savePrefs();
    }

    /** Drops these files as if dragged onto the window. */
    public void open(List<Path> files) {
        drops.open(files);
    }

    /** Quit / window close: asks about unsaved changes, then remembers the layout and closes. */
    public void requestClose() {
        project.whenDiscardable("closing", () -> {
            rememberGeometry();
            savePrefs();
            stage.hide();
        });
    }

    void showGuide() {
        UserGuideWindow.show(stage, scene.getStylesheets());
    }

    void showGlossary() {
        GlossaryWindow.show(stage, scene.getStylesheets());
    }

    void showAbout() {
        AboutWindow.show(stage, scene.getStylesheets());
    }

    /** A ControlsFX notification in the window's corner, as finished jobs get one. */
    private void notifyDone(String text) {
        if (!stage.isShowing()) return;
        Notifications.create().owner(stage).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(4))
                .title("Project").text(text).showInformation();
    }

    /** The recent-projects list of the preferences, written at once. */
    private RecentProjects recentProjects() {
        return new RecentProjects() {
            @Override public void add(Path file) {
                prefs.addRecent(file);
                savePrefs();
            }

            @Override public void remove(Path file) {
                prefs.removeRecent(file);
                savePrefs();
            }
        };
    }

    /** Writes the preferences; a failure is told in the status bar (the session goes on). */
    void savePrefs() {
        try {
            prefs.save();
        } catch (IOException e) {
            status("Could not save preferences: " + Messages.oneLine(e));
        }
    }

    private void restoreGeometry() {
        WindowState w = prefs.window();
        if (w != null) {
            boolean visible = Double.isFinite(w.x()) && Double.isFinite(w.y())
                    && !javafx.stage.Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty();
            if (visible) { // never restore onto a monitor that is no longer there
                stage.setX(w.x());
                stage.setY(w.y());
            }
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
            normalBounds = w;
        }
        // The size before maximising is what to restore next time, so track it while not maximised.
        Runnable track = () -> {
            if (!stage.isMaximized() && stage.getWidth() > 0) {
                normalBounds = new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
    }

    /** Stores window geometry and divider position in the preferences (not yet written). */
    public void rememberGeometry() {
        WindowState b = normalBounds != null ? normalBounds
                : new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        if (b.width() >= 200 && b.height() >= 150) {
            prefs.setWindow(new WindowState(b.x(), b.y(), b.width(), b.height(), stage.isMaximized()));
        }
        if (!split.getDividers().isEmpty()) prefs.setDivider(DIVIDER, split.getDividerPositions()[0]);
    }
}
