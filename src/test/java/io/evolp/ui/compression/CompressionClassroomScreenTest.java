package io.evolp.ui.compression;

import io.evolp.evolve.Corrections;
import io.evolp.ui.workspace.CompressionPreset;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compression screen as a class sees it (issue 13): the pace slider's range and switch, a status
 * line that says Paused / Stepping / Running truthfully, the large plain caption of each step, the
 * correction in plain words for every correction kind, the candidate named by "Add measured
 * sample…", and a tooltip on every control.
 */
@ExtendWith(ApplicationExtension.class)
class CompressionClassroomScreenTest extends CompressionScreenFixture {

    /** Names the core uses for files; none may reach a Labeled on screen. */
    static final List<String> FIELD_NAMES = List.of("scale_only", "residual_se_ms", "a_sd", "b_sd_ms", "relative_noise",
            "relative_sigma", "band_relative_sd", "own_scale", "shrink_weight", "target_scale", "relative_scatter", "a = ");

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void prepare(FxRobot robot, String correction) throws Exception {
        robot.interact(() -> {
            screen.setup().model().box().getSelectionModel().select("vgg16");
            screen.setup().source().box().getSelectionModel().select("simulated:tx2");
            screen.setup().predictor().getSelectionModel().select(0);
            screen.setup().importance().box().getSelectionModel().select(ImportanceField.DEMO);
            screen.setup().correction().getSelectionModel().select(correction);
        });
        waitForPlan();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> screen.prepared() != null
                && screen.prepared().importance().description().startsWith("demo")
                && screen.prepared().choice().correction().equals(correction));
        waitIdle();
    }

    @Test
    void thePaceSliderRunsFromHalfASecondToTenSecondsAndCanBeSwitchedOff(FxRobot robot) {
        Slider pace = robot.lookup("#paceSlider").queryAs(Slider.class);
        CheckBox on = robot.lookup("#paceToggle").queryAs(CheckBox.class);
        assertEquals(0.5, pace.getMin(), 1e-9);
        assertEquals(10, pace.getMax(), 1e-9);
        assertFalse(on.isSelected(), "a researcher's Run measures back to back");
        assertTrue(pace.isDisabled());
        assertEquals(0, screen.runner().delaySeconds(), 1e-9);
        robot.clickOn("#paceToggle");
        robot.interact(() -> pace.setValue(7.5));
        assertEquals(7.5, screen.runner().delaySeconds(), 1e-9);
        assertTrue(text(robot, "#paceValue").startsWith("7.5 s"), text(robot, "#paceValue"));
        robot.clickOn("#paceToggle");
        assertEquals(0, screen.runner().delaySeconds(), 1e-9);
        // A preset's pace turns it on, clamped into the range.
        robot.interact(() -> screen.apply(new CompressionPreset("vgg16", "simulated:tx2", null, 0.4, true, 0.05)));
        assertTrue(on.isSelected());
        assertEquals(0.5, pace.getValue(), 1e-9);
        // Not squeezed at the test window's width: at least 10 em wide.
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pace.getWidth() >= 10 * Font.getDefault().getSize() - 0.5, "slider width " + pace.getWidth());
    }

    @Test
    void afterOneStepTheStatusSaysPausedAndTheCaptionIsLargeAndPlain(FxRobot robot) throws Exception {
        prepare(robot, "linear");
        robot.clickOn("#stepButton");
        waitIdle();
        String status = text(robot, "#statusLabel");
        assertTrue(status.startsWith("Paused"), status);
        assertFalse(status.contains("Running"), status);
        String caption = text(robot, "#stepCaption");
        assertTrue(caption.matches("Step 1: predicted [0-9.]+ ms, measured [0-9.]+ ms \\([+-][0-9.]+ %\\).*"), caption);
        double captionSize = robot.lookup("#stepCaption").queryAs(Label.class).getFont().getSize();
        double statusSize = robot.lookup("#statusLabel").queryAs(Label.class).getFont().getSize();
        assertTrue(captionSize >= 1.4 * statusSize, captionSize + " vs " + statusSize);
        assertTrue(text(robot, "#correctionLabel").contains("slope"), text(robot, "#correctionLabel"));
    }

    @Test
    void whileRunningAtClassroomPaceTheStatusSaysRunningAndAfterPausePaused(FxRobot robot) throws Exception {
        prepare(robot, "linear");
        robot.clickOn("#paceToggle");
        robot.interact(() -> robot.lookup("#paceSlider").queryAs(Slider.class).setValue(10));
        robot.clickOn("#runButton");
        // The first measurement comes at once, then the loop waits 10 s: Running, with the pace.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> screen.log().rows() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#statusLabel").startsWith("Running (one measurement every 10.0 s)"),
                text(robot, "#statusLabel"));
        robot.clickOn("#pauseButton");
        waitIdle();
        assertTrue(text(robot, "#statusLabel").startsWith("Paused"), text(robot, "#statusLabel"));
        assertEquals(1, screen.log().rows(), "Pause ends the wait: no second measurement");
    }

    @Test
    void everyCorrectionIsDescribedInPlainWordsWithoutFieldNames(FxRobot robot) throws Exception {
        for (String kind : Corrections.KINDS) {
            prepare(robot, kind);
            robot.clickOn("#stepButton");
            waitIdle();
            String shown = String.join("\n", labeledTexts(screen.view()));
            for (String name : FIELD_NAMES) assertFalse(shown.contains(name), kind + " shows '" + name + "':\n" + shown);
            assertTrue(text(robot, "#correctionLabel").contains("slope"), kind + ": " + text(robot, "#correctionLabel"));
            robot.clickOn("#resetButton");
            waitIdle();
        }
    }

    @Test
    void addMeasuredSampleNamesItsCandidateAndEveryControlHasATooltip(FxRobot robot) throws Exception {
        prepare(robot, "linear");
        dialogs.answerText("40");
        robot.clickOn("#addSampleButton");
        waitIdle();
        String asked = dialogs.askedTexts.get(0);
        assertTrue(asked.startsWith("Add measured sample — step 1\n"), asked);
        assertTrue(asked.matches("(?s).*Candidate keeping [0-9.]+ % of the channels, predicted [0-9.]+ ms.*Widths: \\d.*"), asked);
        dialogs.answerText("41");
        robot.clickOn("#addSampleButton");
        waitIdle();
        assertTrue(dialogs.askedTexts.get(1).startsWith("Add measured sample — step 2\n"), dialogs.askedTexts.get(1));
        assertEquals(List.of(), ScreenTips.missing(screen.view()).stream().map(c -> c.getClass().getSimpleName() + "#" + c.getId()).toList());
        for (int i = 0; i < screen.log().view().getColumns().size(); i++) {
            assertFalse(screen.log().headerTip(i).isBlank(), "column " + i);
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    /** The texts of every Labeled in the screen (buttons, labels, checkboxes, table cells shown). */
    static List<String> labeledTexts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) out.add(l.getText());
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) collect(s.getContent(), out);
        if (n instanceof javafx.scene.control.SplitPane s) s.getItems().forEach(i -> collect(i, out));
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }
}
