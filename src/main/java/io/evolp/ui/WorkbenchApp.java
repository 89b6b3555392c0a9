package io.evolp.ui;

import io.evolp.ui.shell.AppLog;
import io.evolp.ui.shell.AppPreferences;
import io.evolp.ui.shell.FxDialogs;
import io.evolp.ui.shell.MainWindow;
import io.evolp.ui.common.Screen;
import io.evolp.ui.shell.Screens;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.common.JobNotifications;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The JavaFX workbench: builds the shared context (workspace, background tasks, dialogs), the
 * main window with the screens of {@link Screens}, and opens files given on the command line
 * (a project, datasets, models — as if dropped on the window). Preferences live at
 * {@link AppPreferences#defaultFile()} ({@code -Devolp.config.dir=…} to use another folder); the log
 * file in {@link io.evolp.ui.shell.PlatformDirs#logs()} ({@link AppLog}).
 */
public class WorkbenchApp extends Application {

    public static final String TITLE = MainWindow.TITLE;

    private FxTaskRunner tasks;
    private MainWindow window;

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppLog.install();
        io.evolp.analysis.TablesawWarmUp.start(); // before any job can be the first (and interruptible) user
        AppPreferences prefs = AppPreferences.load(AppPreferences.defaultFile());
        FxDialogs dialogs = new FxDialogs(() -> stage);
        tasks = new FxTaskRunner(dialogs);
        tasks.announceWith(new JobNotifications(() -> stage), 3); // jobs of 3 s or more say when they end
        UiContext ctx = new UiContext(new Workspace(), tasks, dialogs);
        window = MainWindow.install(stage, ctx, prefs, Screens.factories());
        stage.show();
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (!files.isEmpty()) window.open(files.stream().map(Path::of).toList());
    }

    @Override
    public void stop() {
        if (window != null) window.screens().forEach(Screen::dispose); // e.g. measurement workers, SSH tunnels
        if (tasks != null) tasks.shutdown();
    }
}
