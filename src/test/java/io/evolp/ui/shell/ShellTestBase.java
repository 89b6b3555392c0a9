package io.evolp.ui.shell;

import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The main window with the real screens, scripted dialogs and preferences in a fresh temp folder. */
abstract class ShellTestBase {

    static final Path SAMPLES = Path.of("sample-data");

    Stage stage;
    Path dir;
    CountingDialogs dialogs;
    Workspace ws;
    FxTaskRunner tasks;
    MainWindow window;

    void startShell(Stage stage) {
        this.stage = stage;
        // As WorkbenchApp does at start: Tablesaw initialised off every job, so a job cancelled by
        // "latest wins" during its first use cannot leave the class broken for the rest of the JVM.
        io.evolp.analysis.TablesawWarmUp.run();
        try {
            dir = Files.createTempDirectory("evolp-shell-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dialogs = new CountingDialogs();
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        AppPreferences prefs = AppPreferences.load(dir.resolve("config/preferences.json"));
        window = MainWindow.install(stage, new UiContext(ws, tasks, dialogs), prefs, Screens.factories());
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        if (tasks != null) tasks.shutdown();
    }

    void waitFor(Callable<Boolean> condition) {
        waitFor(condition, 15);
    }

    /** For steps that train a predictor: on a loaded shared machine evolp alone took 4–11 s here. */
    void waitFor(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s; errors shown: " + dialogs.scripted.errors
                    + "; status: " + window.statusBar().text() + "; " + window.statusBar().lastMessage(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void fx(FxRobot robot, Runnable r) {
        robot.interact(r);
    }
}
