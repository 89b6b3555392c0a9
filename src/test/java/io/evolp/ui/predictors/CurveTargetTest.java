package io.evolp.ui.predictors;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learning curve's target and source follow the workspace: a removed dataset or predictor leaves its
 * combo, and the status line says what was removed and what the choice is now.
 */
@ExtendWith(ApplicationExtension.class)
class CurveTargetTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private UiContext ctx;
    private PredictorsScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        screen = CurveStage.show(stage, ctx, "vgg-a", "vgg-b");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRemovedTargetLeavesTheComboAndTheNextOneIsNamed(FxRobot robot) {
        robot.clickOn("Learning curve");
        ComboBox<DatasetEntry> target = robot.lookup("#curve-target").queryAs(ComboBox.class);
        robot.clickOn(target).clickOn("vgg-b");
        assertEquals("vgg-b", screen.curveModel().target.get().name());
        DatasetEntry b = ctx.workspace().datasets().get(1);

        robot.interact(() -> ctx.workspace().datasets().remove(b)); // as Datasets ▸ Remove does
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vgg-a", target.getValue().name(), "the combo moved to the dataset left");
        assertEquals("vgg-a", screen.curveModel().target.get().name());
        assertFalse(target.getItems().contains(b));
        String note = robot.lookup("#curve-status").queryAs(Label.class).getText();
        assertTrue(note.contains("vgg-b was removed") && note.contains("target is now vgg-a"), note);

        robot.interact(() -> ctx.workspace().datasets().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(target.getValue(), "nothing left to show");
        assertNull(screen.curveModel().target.get());
        assertTrue(robot.lookup("#curve-status").queryAs(Label.class).getText().contains("vgg-a was removed"));

        robot.clickOn("#curve-run"); // refused with a message, no stale dataset used
        assertEquals("Choose the dataset of the device to profile (Target).", screen.curveModel().status.get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRemovedSourceResetsToNoneAndTheNoteNamesIt(FxRobot robot) {
        robot.clickOn("Learning curve");
        ComboBox<CurveModel.Source> source = robot.lookup("#curve-source").queryAs(ComboBox.class);
        DatasetEntry b = ctx.workspace().datasets().get(1);
        robot.clickOn(source).clickOn("dataset vgg-b (" + b.device() + ")");
        assertEquals(b, screen.curveModel().source.get().dataset());
        assertTrue(screen.curveModel().kinds.contains(TransferPredictor.KIND), "picking a source ticks transfer");

        robot.interact(() -> ctx.workspace().datasets().remove(b)); // as Datasets ▸ Remove does
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CurveModel.Source.NONE, source.getValue());
        assertEquals(CurveModel.Source.NONE, screen.curveModel().source.get());
        assertFalse(screen.curveModel().kinds.contains(TransferPredictor.KIND), "no transfer without a source");
        assertEquals("vgg-a", screen.curveModel().target.get().name(), "the target was not touched");
        assertEquals("The source to transfer from, dataset vgg-b (" + b.device() + "), was removed from the workspace; "
                + "Transfer from is reset to none, so transfer and active rows are off.", statusText(robot));

        // A trained predictor as the source, removed as the Predictors list's Remove does.
        PredictorEntry p = new PredictorEntry("flops · vgg-b", Predictors.train("flops", b.dataset(), TrainOptions.defaults(),
                ProgressMonitor.NONE), "vgg-b", 0, 1, null);
        robot.interact(() -> ctx.workspace().predictors().add(p));
        robot.clickOn(source).clickOn("predictor flops · vgg-b");
        assertEquals(p, screen.curveModel().source.get().predictor());
        robot.interact(() -> ctx.workspace().predictors().remove(p));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CurveModel.Source.NONE, screen.curveModel().source.get());
        assertTrue(statusText(robot).startsWith("The source to transfer from, predictor flops · vgg-b, was removed"), statusText(robot));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#curve-status").queryAs(Label.class).getText();
    }
}
