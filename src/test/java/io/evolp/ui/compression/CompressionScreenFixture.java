package io.evolp.ui.compression;

import io.evolp.compress.SessionResult;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Compression screen tests share: the screen in a window with one trained predictor, and waits. */
abstract class CompressionScreenFixture {

    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    protected Workspace workspace;
    protected FxTaskRunner tasks;
    protected CompressionScreen screen;

    @TempDir
    Path tmp;

    /** Called from each test class's {@code @Start}. */
    void open(Stage stage) {
        workspace = new Workspace();
        workspace.predictors().add(TestPredictors.vgg16Tx2());
        tasks = new FxTaskRunner(dialogs);
        screen = new CompressionScreen(new UiContext(workspace, tasks, dialogs));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1240, 780));
        stage.show();
    }

    void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> tasks.running().isEmpty()
                && !screen.runner().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForPlan() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !screen.publishedPlans().isEmpty());
        waitIdle();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The full model's predicted latency as the label shows it. */
    static double shownFullMs(FxRobot robot) {
        Matcher m = Pattern.compile("predicted ([0-9.]+) ms").matcher(text(robot, "#fullLabel"));
        assertTrue(m.find(), text(robot, "#fullLabel"));
        return Double.parseDouble(m.group(1));
    }

}
