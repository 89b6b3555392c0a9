package io.evolp.ui.compression;

import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionState;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 on the Compression screen: each measurement's spread as an error bar in chart (a), the
 * window inside the chart, a plain caption per step, the end state named, the budget kept in ms
 * when the setup changes, and a warning when the predictor's device is not the one measured on.
 */
@ExtendWith(ApplicationExtension.class)
class CompressionNoiseScreenTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskRunner tasks;
    private CompressionScreen screen;

    @Start
    void start(Stage stage) {
        Workspace workspace = new Workspace();
        workspace.predictors().add(TestPredictors.vgg16Tx2()); // trained on simulated-tx2
        tasks = new FxTaskRunner(dialogs);
        screen = new CompressionScreen(new UiContext(workspace, tasks, dialogs));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1240, 780));
        stage.show();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tasks.running().isEmpty()
                && !screen.runner().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void choose(FxRobot robot, String model, String source) throws Exception {
        robot.interact(() -> {
            screen.setup().model().box().getSelectionModel().select(model);
            screen.setup().source().box().getSelectionModel().select(source);
            screen.setup().predictor().getSelectionModel().select(0);
            // γ steps are fine; uniform widths of VGG16 can jump over the whole window on this device
            screen.setup().importance().box().getSelectionModel().select(ImportanceField.DEMO);
            // pinned to the paper's correction: these tests check what the screen shows, not which correction converges fastest
            screen.setup().correction().getSelectionModel().select("linear");
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !screen.publishedPlans().isEmpty());
        waitIdle();
    }

    @Test
    void aConvergedSessionShowsErrorBarsTheWindowACaptionAndItsEndState(FxRobot robot) throws Exception {
        choose(robot, "vgg16", "simulated:tx2");
        robot.interact(() -> screen.budget().slider().setValue(0.5 * screen.budget().slider().getMax()));
        waitIdle();
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> screen.sessionFinished());
        waitIdle();
        SessionResult r = screen.lastResult();
        assertNotNull(r);
        assertEquals(SessionState.CONVERGED, r.state(), r.reason());
        assertTrue(text(robot, "#statusLabel").startsWith("Converged (confirmed)"), text(robot, "#statusLabel"));

        // (a) an error bar per automatic measurement, from its fastest to its slowest run, around the median
        int n = screen.stepChart().automaticPoints();
        assertEquals(r.measurements(), n);
        for (int i = 0; i < n; i++) {
            double[] bar = screen.stepChart().measuredBar(i);
            double median = r.steps().get(i).measuredMs();
            assertTrue(bar[0] < median && median < bar[1], i + ": " + bar[0] + " " + median + " " + bar[1]);
        }
        // the window is shaded and inside the axis range, even though the first step measured far over it
        var window = screen.stepChart().windowMarker();
        assertNotNull(window);
        var y = screen.stepChart().yRange();
        assertTrue(y.contains(window.getStartValue()) && y.contains(window.getEndValue()), y + " vs window");

        // one plain caption for the newest step: the confirmation that ended the session
        String caption = text(robot, "#stepCaption");
        assertTrue(caption.matches("Step " + n + " \\(independent confirmation\\): predicted [0-9.]+ ms, measured [0-9.]+ ms "
                + "\\([+-][0-9]+\\.[0-9] %\\); estimate .* over [0-9]+ measurements; correction now [0-9.]+x [+−] [0-9.]+ ms"),
                caption);
    }

    @Test
    void theBudgetStaysInMsWhenTheSetupChangesAndTheDeviceMismatchIsNamed(FxRobot robot) throws Exception {
        choose(robot, "vgg16", "simulated:tx2");
        assertEquals("", text(robot, "#deviceWarning"), "predictor and source are both the simulated TX2");
        double chosen = Math.round(0.4 * screen.budget().slider().getMax() * 100) / 100.0;
        robot.interact(() -> screen.budget().slider().setValue(chosen));
        waitIdle();

        // another correction makes another prepared setup: the budget keeps its ms
        robot.interact(() -> screen.setup().correction().getSelectionModel().select("robust"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> screen.prepared() != null
                && "robust".equals(screen.prepared().choice().correction()));
        waitIdle();
        assertEquals(chosen, screen.budget().budget(), 1e-9);
        assertTrue(text(robot, "#correctionHint").startsWith("robust: Huber"), "the hint explains the chosen correction");
        assertEquals("", screen.budget().note());

        // a much smaller model cannot hold that budget: it moves to the model's full latency and says so
        robot.interact(() -> screen.setup().model().box().getSelectionModel().select("mobilenetv1"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> screen.prepared() != null
                && "mobilenetv1".equals(screen.prepared().base().arch()));
        waitIdle();
        assertTrue(screen.budget().budget() < chosen);
        assertTrue(text(robot, "#budgetNote").contains("outside this model's range"), text(robot, "#budgetNote"));

        // the predictor was trained on the simulated TX2; measuring on the simulated Nano is flagged
        robot.interact(() -> screen.setup().source().box().getSelectionModel().select("simulated:nano"));
        WaitForAsyncUtils.waitForFxEvents();
        String warning = text(robot, "#deviceWarning");
        assertTrue(warning.contains("simulated-tx2") && warning.contains("simulated:nano"), warning);
        assertTrue(robot.lookup("#deviceWarning").queryAs(Label.class).isVisible());
        robot.interact(() -> screen.setup().source().box().getSelectionModel().select("simulated:tx2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text(robot, "#deviceWarning"));
    }
}
