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

/** Drives the Compression setup as a user: the plan follows the budget, missing or bad inputs are named where they are. */
@ExtendWith(ApplicationExtension.class)
class CompressionSetupScreenTest extends CompressionScreenFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void movingTheSliderReplansAndOnlyTheLatestBudgetIsShown(FxRobot robot) throws Exception {
        waitForPlan();
        int before = screen.publishedPlans().size();
        String widthsBefore = text(robot, "#planLabel");
        Slider slider = robot.lookup("#budgetSlider").queryAs(Slider.class);
        double lo = slider.getMin(), hi = slider.getMax();
        double[] values = {lo + 0.9 * (hi - lo), lo + 0.7 * (hi - lo), lo + 0.5 * (hi - lo), lo + 0.2 * (hi - lo)};
        robot.interact(() -> {
            for (double v : values) slider.setValue(v);
        });
        double last = values[values.length - 1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.publishedPlans().size() > before
                && screen.publishedPlans().get(screen.publishedPlans().size() - 1) == last);
        waitIdle();
        List<Double> shown = screen.publishedPlans().subList(before, screen.publishedPlans().size());
        assertEquals(List.of(last), shown, "only the newest budget is planned and shown");
        String plan = text(robot, "#planLabel");
        assertTrue(plan.startsWith("Plan for " + Texts.ms(last) + " ms"), plan);
        assertNotEquals(widthsBefore, plan);
        assertEquals(last, screen.budget().spinner().getValue(), 1e-9, "the spinner follows the slider");
        assertTrue(screen.widthsChart().pruned(0).intValue() < 64, "the 20 % plan prunes conv1_1");
    }


    @Test
    void withoutAPredictorTheScreenSaysWhereToGetOne(FxRobot robot) throws Exception {
        waitForPlan();
        robot.interact(() -> workspace.predictors().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#predictorHint").contains("Train a predictor on the Predictors screen"));
        assertTrue(robot.lookup("#runButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#addSampleButton").queryButton().isDisabled());
    }

    @Test
    void aGammaFileThatDoesNotFitIsReportedNextToTheField(FxRobot robot) throws Exception {
        waitForPlan();
        Path bad = tmp.resolve("gammas.json");
        Files.writeString(bad, "{\"arch\": \"vgg16\",\n \"gammas\": {\"conv1_1\": [0.5, 0.1]}}\n");
        dialogs.answerFile(bad);
        robot.interact(() -> screen.setup().importance().box().getSelectionModel().select(ImportanceField.FILE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#importanceError").isEmpty());
        waitIdle();
        String error = text(robot, "#importanceError");
        assertTrue(error.contains("gammas.json") && error.contains("conv1_1"), error);
        assertTrue(robot.lookup("#runButton").queryButton().isDisabled());

        robot.interact(() -> screen.setup().importance().box().getSelectionModel().select(ImportanceField.DEMO));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#importanceError").isEmpty()
                && screen.prepared() != null && text(robot, "#planLabel").startsWith("Plan for"));
        assertFalse(robot.lookup("#runButton").queryButton().isDisabled());
    }


    @Test
    void modelAndReplayFilesAreReadWhenChosenAndTheirProblemsShownAtTheField(FxRobot robot) throws Exception {
        waitForPlan();
        String fullBefore = text(robot, "#fullLabel");
        dialogs.answerFile(Path.of("sample-data/models/vgg16-half.json"));
        robot.interact(() -> screen.setup().model().box().getSelectionModel().select(ModelField.FILE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#fullLabel").equals(fullBefore));
        assertEquals("file: vgg16-half.json", screen.setup().model().box().getValue());

        Path broken = tmp.resolve("runs.jsonl");
        Files.writeString(broken, "{\"arch\": \"vgg16\", \"latency_ms\": 50.0}\n{\"arch\": \"vgg16\", \"widths\": [1, 2]\n");
        dialogs.answerFile(broken);
        robot.interact(() -> screen.setup().source().box().getSelectionModel().select(SourceField.REPLAY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#sourceError").isEmpty());
        assertTrue(text(robot, "#sourceError").contains("runs.jsonl:2"), text(robot, "#sourceError"));
        assertEquals("simulated:tx2", screen.setup().source().box().getValue(), "the previous source stays chosen");

        dialogs.answerFile(Path.of("sample-data/models/vgg16-random-simulated-tx2.jsonl"));
        robot.interact(() -> screen.setup().source().box().getSelectionModel().select(SourceField.REPLAY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#sourceError").isEmpty()
                && screen.setup().source().box().getValue().startsWith("replay:"));
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.log().rows() == 1);
        waitIdle();
        var step = screen.log().view().getItems().get(0);
        assertEquals("replay:vgg16-random-simulated-tx2.jsonl", step.measured().source());
        assertFalse(step.measured().note().isEmpty(), "a nearest-recording answer is flagged");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aBadNumberIsNamedAtItsFieldAndRunStaysDisabledUntilItIsFixed(FxRobot robot) throws Exception {
        waitForPlan();
        var run = robot.lookup("#runButton").queryButton();
        var step = robot.lookup("#stepButton").queryButton();
        assertFalse(run.isDisabled());
        var count = screen.setup().maxMeasurements().getEditor();
        typeInto(robot, count, "lots");
        assertTrue(run.isDisabled() && step.isDisabled(), "an invalid form cannot start a session");
        String reason = screen.validation().reason(count).orElse("");
        assertTrue(reason.contains("'lots' is not a whole number"), reason);
        assertEquals(reason, text(robot, "#formError"), "the reason is also spelled out under the controls");

        typeInto(robot, count, "12");
        assertFalse(run.isDisabled());
        assertTrue(screen.validation().reason(count).isEmpty());
        assertEquals("", text(robot, "#formError"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, screen.setup().maxMeasurements().getValue());

        var budget = screen.budget().spinner().getEditor();
        double max = screen.budget().slider().getMax();
        typeInto(robot, budget, String.format(Locale.ROOT, "%.2f", 3 * max));
        assertTrue(run.isDisabled());
        assertTrue(screen.validation().reason(budget).orElse("").contains("must lie between"),
                screen.validation().reason(budget).toString());
        typeInto(robot, budget, String.format(Locale.ROOT, "%.2f ms", 0.5 * max));
        assertFalse(run.isDisabled());
        assertTrue(screen.validation().reason(budget).isEmpty());
    }

    private static void typeInto(FxRobot robot, javafx.scene.control.TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
