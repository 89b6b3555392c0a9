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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
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

/** Drives the Compression session as a user: run the EvoLP loop, type samples, reset, pause, keep and reopen, export. */
@ExtendWith(ApplicationExtension.class)
class CompressionSessionScreenTest extends CompressionScreenFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void runConvergesIntoTheWindowDrawsEverySampleAndExports(FxRobot robot) throws Exception {
        robot.interact(() -> {
            screen.setup().model().box().getSelectionModel().select("vgg16");
            screen.setup().source().box().getSelectionModel().select("simulated:tx2");
            screen.setup().predictor().getSelectionModel().select(0);
            // demo γ: uniform VGG16 widths can jump over the whole window on this device (tile steps)
            screen.setup().importance().box().getSelectionModel().select(ImportanceField.DEMO);
            // pinned to the paper's correction: these tests check what the screen shows, not which correction converges fastest
            screen.setup().correction().getSelectionModel().select("linear");
        });
        waitForPlan();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> screen.prepared() != null
                && screen.prepared().importance().description().startsWith("demo"));
        waitIdle();
        double budget = Math.round(shownFullMs(robot) * 0.5 * 100) / 100.0;
        robot.doubleClickOn("#budgetSpinner .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(String.format(Locale.ROOT, "%.2f", budget)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(budget, screen.budget().budget(), 1e-9);
        String expected = "Plan for " + Texts.ms(budget) + " ms";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#planLabel").startsWith(expected));

        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.sessionFinished());
        waitIdle();
        SessionResult r = screen.lastResult();
        assertNotNull(r);
        assertTrue(r.finished(), r.reason());
        int steps = screen.log().rows();
        assertTrue(steps >= 1);
        assertEquals(r.measurements(), steps);
        assertNotNull(r.measuredMs());
        assertTrue(r.measuredMs() >= 0.97 * budget && r.measuredMs() <= budget,
                "measured " + r.measuredMs() + " for budget " + budget + ": " + r.reason());
        assertTrue(text(robot, "#statusLabel").startsWith("Converged"), text(robot, "#statusLabel"));
        assertEquals(steps, screen.stepChart().automaticPoints());
        // chart (b) shows what the correction was fed: one pooled point per candidate (SessionFeed)
        assertEquals(screen.runner().session().predictor().history().size(), screen.correctionChart().points());
        assertTrue(screen.correctionChart().points() >= 1 && screen.correctionChart().points() <= steps);
        assertTrue(robot.lookup("#runButton").queryButton().isDisabled(), "a finished session cannot run on");

        Path svg = tmp.resolve("steps.svg"), png = tmp.resolve("widths.png"), csv = tmp.resolve("log.csv");
        dialogs.answerFile(svg);
        robot.clickOn("#exportMenu").clickOn("Step chart (a) as SVG…");
        dialogs.answerFile(png);
        robot.clickOn("#exportMenu").clickOn("Widths chart (c) as PNG…");
        dialogs.answerFile(csv);
        robot.clickOn("#exportMenu").clickOn("Step log as CSV…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(svg) && Files.exists(png) && Files.exists(csv));
        waitIdle();
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(Files.size(png) > 1000);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(steps + 1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("step,kept %,raw ms"), lines.get(0));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }


    @Test
    void typedSamplesEvolveTheCorrectionBadInputChangesNothingAndResetClears(FxRobot robot) throws Exception {
        waitForPlan();
        String before = text(robot, "#correctionLabel");
        dialogs.answerText("123.4");
        robot.clickOn("#addSampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.log().rows() == 1);
        waitIdle();
        String after = text(robot, "#correctionLabel");
        assertNotEquals(before, after);
        assertTrue(after.contains("fitted to 1 point"), after);
        assertEquals(1, screen.stepChart().measuredPoints());
        assertEquals(0, screen.stepChart().automaticPoints());
        assertEquals(1, screen.correctionChart().points());
        assertEquals("user", screen.log().view().getItems().get(0).measured().source());

        dialogs.answerText("abc");
        robot.clickOn("#addSampleButton");
        WaitForAsyncUtils.waitForFxEvents();
        waitIdle();
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).contains("'abc'"), dialogs.errors.get(0));
        assertTrue(text(robot, "#sampleError").contains("'abc'"));
        assertEquals(1, screen.log().rows());
        assertEquals(after, text(robot, "#correctionLabel"));

        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.log().rows() == 2);
        waitIdle();
        assertEquals(1, screen.stepChart().automaticPoints());

        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, screen.log().rows());
        assertEquals(0, screen.stepChart().measuredPoints());
        assertEquals(0, screen.correctionChart().points());
        assertTrue(text(robot, "#statusLabel").startsWith("No session yet"), text(robot, "#statusLabel"));
        assertFalse(robot.lookup("#runButton").queryButton().isDisabled());
    }

    @Test
    void keptSessionsAreInTheProjectAndOpenForViewing(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.log().rows() == 1);
        waitIdle();
        robot.clickOn("#sessionMenu").clickOn("Keep in project");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.sessions().size() == 1);
        assertTrue(workspace.sessions().get(0).json().predictor() != null, "the evolved predictor is embedded");
        Path file = tmp.resolve("session.json");
        dialogs.answerFile(file);
        robot.clickOn("#sessionMenu").clickOn("Save to file…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.sessions().size() == 2);
        assertTrue(Files.readString(file).contains("\"predictor\""));

        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, screen.log().rows());
        dialogs.answerFile(file);
        robot.clickOn("#sessionMenu").clickOn("Open session file…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.log().rows() == 1);
        waitIdle();
        assertTrue(screen.viewingSaved());
        assertTrue(text(robot, "#statusLabel").startsWith("Viewing saved session 'session.json'"));
        assertEquals(1, screen.correctionChart().points());
    }


    @Test
    void pauseStopsAfterTheMeasurementInProgress(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("#paceToggle");
        robot.interact(() -> robot.lookup("#paceSlider").queryAs(Slider.class).setValue(3));
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.log().rows() == 1);
        assertTrue(screen.sessionFinished() || screen.runner().runningProperty().get());
        robot.clickOn("#pauseButton");
        // Without Pause the loop would wait 3 s and measure again; paused, it ends at once.
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !screen.runner().runningProperty().get());
        waitIdle();
        assertEquals(1, screen.log().rows());
        assertEquals(screen.sessionFinished(), robot.lookup("#runButton").queryButton().isDisabled());
    }

}
