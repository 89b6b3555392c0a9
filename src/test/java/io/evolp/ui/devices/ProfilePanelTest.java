package io.evolp.ui.devices;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.charts.ChartPane;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * "Profile a new device" driven as a user would: simulated:nano (slowed to 30 ms a layer by a test
 * double; 150 ms where Cancel must land mid-run), transferring from 300 rows of the simulated TX2 sample.
 */
@ExtendWith(ApplicationExtension.class)
class ProfilePanelTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private FxTaskRunner tasks;
    private DevicesScreen screen;
    private Stage stage;
    /** Per layer on simulated:nano; read when the profile opens its source. */
    private volatile long delayMs = 30;
    @TempDir Path dir;

    @Start
    void start(Stage stage) throws Exception {
        ws = new Workspace();
        LayerDataset all = DatasetCsvReader.read(Path.of("sample-data/vgg16-simulated-tx2.csv"), null).dataset();
        ws.datasets().add(new DatasetEntry("tx2", null, all.subset(IntStream.range(0, 300).map(i -> i * 9).toArray()),
                List.of(), 0));
        tasks = new FxTaskRunner(dialogs);
        screen = new DevicesScreen(new UiContext(ws, tasks, dialogs),
                setup -> setup.spec().equals("simulated:nano") ? new SlowSource(setup.spec(), delayMs) : setup.open());
        this.stage = stage;
        stage.setScene(new Scene((Region) screen.view(), 1150, 780));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
        screen.dispose();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static int chartPoints(FxRobot robot) {
        XYPlot plot = robot.lookup("#profile-chart").queryAs(ChartPane.class).chart().getXYPlot();
        return plot.getDataset().getItemCount(0);
    }

    /** With -Dscreenshots.dir=DIR (as the other screenshot tests), the scene as it stands, to look at (not an assertion). */
    private void shoot(String name) throws Exception {
        String to = System.getProperty("screenshots.dir");
        if (to == null) return;
        var img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Files.createDirectories(Path.of(to));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", Path.of(to, name).toFile());
    }

    @SuppressWarnings("unchecked")
    private void open(FxRobot robot, Path out, int budget, int batch) {
        robot.clickOn("Jetson-Nano-like GPU (simulated)\nsimulated:nano");
        robot.clickOn("#profile-new-device");
        assertTrue(robot.lookup("#profile-device").tryQuery().isPresent());
        robot.clickOn("#profile-base");
        robot.clickOn("Dataset tx2 (simulated-tx2, 300 rows)");
        robot.interact(() -> {
            robot.lookup("#profile-budget").queryAs(Spinner.class).getValueFactory().setValue(budget);
            robot.lookup("#profile-batch").queryAs(Spinner.class).getValueFactory().setValue(batch);
        });
        dialogs.answerFile(out);
        robot.clickOn("#profile-choose-out");
    }

    @Test
    void aProfileChartsEachBatchAndAddsDatasetAndPredictor(FxRobot robot) throws Exception {
        Path out = dir.resolve("nano.csv");
        open(robot, out, 20, 10);
        assertEquals(0, chartPoints(robot));
        robot.clickOn("#profile-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#profile-state").startsWith("Stopped:"));
        assertTrue(text(robot, "#profile-state").contains("the budget of 20 rows is reached"), text(robot, "#profile-state"));
        assertEquals(2, chartPoints(robot), "one point per batch");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#profile-added").isEmpty());
        assertEquals(1, ws.predictors().size());
        // what the campaign kept (the transfer, or auto on the nano rows alone, whichever cross-validates
        // better), shown under its own name
        var kept = ws.predictors().get(0).predictor();
        String label = kept instanceof TransferPredictor t ? "transfer → " + t.method() : "auto → " + ((AutoPredictor) kept).chosenCandidate();
        assertTrue(ws.predictors().get(0).name().startsWith(label + " · nano · "), ws.predictors().get(0).name());
        assertEquals(20, ws.dataset("nano").dataset().size());
        assertTrue(text(robot, "#profile-added").startsWith("Added dataset nano (20 rows) and predictor " + label + " · nano"),
                text(robot, "#profile-added"));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        shoot("profile-finished.png");

        robot.clickOn("#profile-close");
        assertTrue(robot.lookup("#campaign-start").tryQuery().isPresent(), "back on the device panes");
    }

    @Test
    void cancelKeepsWhatWasMeasuredAndAddsIt(FxRobot robot) throws Exception {
        Path out = dir.resolve("nano.csv");
        delayMs = 150; // 40 layers at the earliest before the plateau rule could end it: 6 s for the click to land
        open(robot, out, 100, 10);
        robot.clickOn("#profile-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> chartPoints(robot) >= 1);
        robot.clickOn("#profile-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#profile-state").startsWith("Cancelled"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ws.dataset("nano") != null && ws.predictors().size() == 1);
        DatasetLoadResult file = DatasetCsvReader.read(out, null);
        assertFalse(file.hasProblems(), file.problems().toString());
        int kept = file.dataset().size();
        assertTrue(kept >= 10 && kept < 100, "rows kept: " + kept);
        assertEquals(kept, ws.dataset("nano").dataset().size());
        assertFalse(robot.lookup("#profile-start").query().isDisabled(), "Start is offered again (it resumes)");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRemovedSourceResetsToNoneAndTheStateLineNamesIt(FxRobot robot) throws Exception {
        open(robot, dir.resolve("nano.csv"), 20, 10);
        javafx.scene.control.ComboBox<ProfileModel.Base> base = robot.lookup("#profile-base").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(ProfileModel.Base.dataset("tx2"), base.getValue());
        robot.interact(() -> ws.datasets().remove(ws.dataset("tx2"))); // as Datasets ▸ Remove does
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProfileModel.Base.NONE, base.getValue());
        assertEquals("Dataset tx2 was removed from the workspace; Transfer from is reset to none (learn from scratch).",
                text(robot, "#profile-state"));
        shoot("profile-source-removed.png");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
