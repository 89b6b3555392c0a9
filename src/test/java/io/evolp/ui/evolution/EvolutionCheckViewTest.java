package io.evolp.ui.evolution;

import io.evolp.io.DatasetCsvReader;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the evolution check as a user: choose the measured file, run, switch the metric, export CSV. */
@ExtendWith(ApplicationExtension.class)
class EvolutionCheckViewTest {

    static final Path MEASURED = Path.of("sample-data/measured/resnet50-random-local-cpu.jsonl");

    @TempDir
    Path tmp;
    private ScriptedDialogs dialogs;
    private EvolutionCheckView view;

    @Start
    void start(Stage stage) throws Exception {
        dialogs = new ScriptedDialogs();
        UiContext ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        LatencyPredictor p = Predictors.train("flops",
                DatasetCsvReader.read(Path.of("sample-data/measured/resnet50-local-cpu.csv"), null).dataset(),
                TrainOptions.defaults(), ProgressMonitor.NONE);
        ctx.workspace().predictors().add(new PredictorEntry("flops · local-cpu", p, "resnet50-local-cpu", 0, 1, null));
        view = EvolutionCheck.create(ctx, null);
        stage.setScene(new Scene(view.view(), 1100, 700));
        stage.show();
    }

    @Test
    void runningDrawsOneLinePerCorrectionAndExportsTheNumbers(FxRobot robot) throws Exception {
        dialogs.answerFile(MEASURED);
        robot.clickOn("#evo-choose");
        robot.interact(() -> robot.lookup("#evo-draws").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(3));
        robot.clickOn("#evo-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.result() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, view.result().draws());
        XYPlot plot = (XYPlot) view.chart().chart().getPlot();
        assertEquals(5, plot.getDataset().getSeriesCount(), "none + shrink, linear, robust, bayes");
        assertEquals(20, plot.getDataset().getItemCount(0), "k = 0..19");
        snapshot("target/screenshots/evolution-check.png"); // for a human look at the screen
        String summary = robot.lookup("#evo-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("shrink") && summary.contains("none"), summary);

        robot.interact(() -> robot.lookup("#evo-metric").queryComboBox().getSelectionModel().select(EvolutionMetric.COVERAGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, ((XYPlot) view.chart().chart().getPlot()).getDataset().getSeriesCount(), "the raw sum has no band");

        Path csv = tmp.resolve("evo.csv");
        dialogs.answerFile(csv);
        robot.clickOn("#evo-csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        String text = Files.readString(csv);
        assertTrue(text.startsWith("correction,k,mape_median"), text);
        assertEquals(1 + 5 * 20, text.lines().count());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private void snapshot(String path) throws Exception {
        Path file = Path.of(path);
        Files.createDirectories(file.getParent());
        var img = WaitForAsyncUtils.asyncFx(() -> view.view().getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }

    @Test
    void aFileWithoutMeasurementsSaysWhichModelAndKeepsTheWindowUsable(FxRobot robot) throws Exception {
        Path bad = tmp.resolve("unmeasured.jsonl");
        Files.writeString(bad, "{\"arch\":\"resnet50\"}\n{\"arch\":\"resnet50\"}\n");
        dialogs.answerFile(bad);
        robot.clickOn("#evo-choose");
        robot.clickOn("#evo-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#evo-status").queryAs(Label.class).getText().startsWith("Failed"));
        String status = robot.lookup("#evo-status").queryAs(Label.class).getText();
        assertTrue(status.contains("unmeasured.jsonl") && status.contains("model 1"), status);
        assertNotNull(robot.lookup("#evo-run").query());
        assertTrue(!robot.lookup("#evo-run").query().isDisabled());
    }
}
