package io.evolp.ui.devices;

import io.evolp.core.LayerConfig;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.io.DatasetLoadResult;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Campaigns on the Devices screen: a 4-row plan on simulated:tx2 runs to the end and opens as a
 * dataset; on a slow device Cancel stops between rows, the CSV stays valid, and Start resumes it.
 * simulated:nano is slowed down to 150 ms per row by a test double.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignPanelTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private FxTaskRunner tasks;
    private DevicesScreen screen;
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        screen = new DevicesScreen(new UiContext(ws, tasks, dialogs),
                setup -> switch (setup.spec()) {
                    case "simulated:nano" -> new SlowSource(setup.spec(), 150);
                    case "simulated:cpu" -> new SlowSource(setup.spec(), 20, 2); // unreachable once, at row 2
                    default -> setup.open();
                });
        stage.setScene(new Scene((Region) screen.view(), 1150, 780));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        // On the FX thread: stopping the tasks' Timeline elsewhere races the pulse loop.
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
        screen.dispose();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Path plan(int rows) throws Exception {
        List<LayerConfig> all = SamplingPlan.plan(Zoo.model("vgg16", null), 40);
        Path p = dir.resolve("plan-" + rows + ".csv");
        DatasetCsvWriter.writePlan(all.subList(0, rows), p);
        return p;
    }

    private void choose(FxRobot robot, Path plan, Path out) {
        dialogs.answerFile(plan);
        robot.clickOn("#campaign-choose-plan");
        dialogs.answerFile(out);
        robot.clickOn("#campaign-choose-out");
    }

    @Test
    void aFourRowCampaignFinishesAndOpensAsADataset(FxRobot robot) throws Exception {
        Path out = dir.resolve("tx2.csv");
        choose(robot, plan(4), out);
        assertTrue(text(robot, "#campaign-resume").contains("new file"), text(robot, "#campaign-resume"));
        assertEquals("simulated:tx2", text(robot, "#campaign-device"));
        robot.clickOn("#campaign-start");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#campaign-state").startsWith("Finished:"));
        assertEquals("4 / 4 rows", text(robot, "#campaign-rows"));
        assertTrue(text(robot, "#campaign-state").contains("4 of 4 rows"), text(robot, "#campaign-state"));
        robot.clickOn("#campaign-open-dataset");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.datasets().size() == 1);
        assertEquals(4, ws.datasets().get(0).dataset().size());
        assertEquals("tx2", ws.datasets().get(0).name());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void cancelLeavesAValidFileAndStartResumesIt(FxRobot robot) throws Exception {
        Path out = dir.resolve("nano.csv");
        robot.clickOn("Jetson-Nano-like GPU (simulated)\nsimulated:nano");
        choose(robot, plan(8), out);
        robot.clickOn("#campaign-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#campaign-rows").startsWith("2 / 8"));
        assertTrue(text(robot, "#campaign-eta").startsWith("ETA "), text(robot, "#campaign-eta"));
        assertTrue(text(robot, "#campaign-state").startsWith("Measuring "), text(robot, "#campaign-state"));
        robot.clickOn("#campaign-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#campaign-state").startsWith("Cancelled"));
        DatasetLoadResult partial = DatasetCsvReader.read(out, null);
        assertFalse(partial.hasProblems(), partial.problems().toString());
        int kept = partial.dataset().size();
        assertTrue(kept >= 2 && kept < 8, "rows kept after cancel: " + kept);
        assertFalse(text(robot, "#campaign-rows").contains("failed"), "the row in flight is dropped, not failed");

        // Choosing the same file again says it will be resumed; Start does.
        dialogs.answerFile(out);
        robot.clickOn("#campaign-choose-out");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#campaign-resume").contains("resumes"));
        assertTrue(text(robot, "#campaign-resume").contains(kept + " data rows"), text(robot, "#campaign-resume"));
        robot.clickOn("#campaign-start");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#campaign-state").startsWith("Finished:"));
        String s = text(robot, "#campaign-state");
        assertTrue(s.contains("8 of 8 rows") && s.contains(kept + " resumed"), s);
        assertEquals(8, DatasetCsvReader.read(out, null).dataset().size(), "no row lost or duplicated");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aLostDeviceIsShownWhileTheCampaignWaitsAndThenGoesOn(FxRobot robot) throws Exception {
        Path out = dir.resolve("cpu.csv");
        robot.clickOn("single-core x86-like CPU (simulated)\nsimulated:cpu");
        choose(robot, plan(3), out);
        robot.clickOn("#campaign-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#campaign-state").startsWith("DEVICE LOST"));
        String lost = text(robot, "#campaign-state");
        assertTrue(lost.contains("waiting to reconnect") && lost.contains("test board unplugged"), lost);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#campaign-state").startsWith("Finished:"));
        assertEquals("3 / 3 rows", text(robot, "#campaign-rows"));
        assertEquals(3, DatasetCsvReader.read(out, null).dataset().size());
    }
}
