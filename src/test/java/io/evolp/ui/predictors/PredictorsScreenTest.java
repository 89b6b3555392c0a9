package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.Evaluator;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.charts.LogScatterChart;
import io.evolp.task.TaskHandle;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the Predictors screen as a user: train, compare, click a point, cancel, export. */
@ExtendWith(ApplicationExtension.class)
class PredictorsScreenTest {

    static final Path SAMPLE = Path.of("sample-data/mobilenetv1-simulated-nano.csv");

    private ScriptedDialogs dialogs;
    private UiContext ctx;
    private PredictorsScreen screen;
    private LayerDataset data;

    @Start
    void start(Stage stage) throws Exception {
        dialogs = new ScriptedDialogs();
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        DatasetLoadResult r = DatasetCsvReader.read(SAMPLE, null);
        data = r.dataset();
        ctx.workspace().datasets().add(new DatasetEntry("mobilenetv1-simulated-nano", SAMPLE, data, r.problems(), r.totalProblems()));
        screen = new PredictorsScreen(ctx);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 760));
        stage.show();
    }

    private void trainEvolpAndFlops(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        var combo = (javafx.scene.control.ComboBox<DatasetEntry>) robot.lookup("#dataset-choice").query();
        robot.interact(() -> combo.getSelectionModel().select(0));
        assertTrue(robot.lookup("#kind-auto").queryAs(javafx.scene.control.CheckBox.class).isSelected(), "auto is the default");
        robot.clickOn("#kind-auto"); // untick the default
        robot.clickOn("#kind-evolp");
        robot.clickOn("#kind-flops");
        robot.clickOn("#train");
        // evolp also trains its global boosted trees; a loaded shared machine needs the slack.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> ctx.workspace().predictors().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.charts().model() != null
                && screen.charts().model().entries.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void trainingTwoKindsFillsTableWithTheSameNumbersAsTheEvaluator(FxRobot robot) throws Exception {
        trainEvolpAndFlops(robot);
        TableView<PredictorEntry> table = robot.lookup("#accuracy-table").queryTableView();
        assertEquals(2, table.getItems().size());
        Split split = Splits.holdout(data, 0.2, 1);
        for (int row = 0; row < 2; row++) {
            PredictorEntry e = table.getItems().get(row);
            LatencyPredictor p = Predictors.train(e.kind(), data.subset(split.train()), TrainOptions.defaults().withSeed(1),
                    ProgressMonitor.NONE);
            EvaluationReport expected = Evaluator.evaluate(p, data, split.test());
            assertEquals(expected.overall().n(), ((Number) table.getColumns().get(1).getCellData(row)).intValue(), e.name());
            assertEquals(expected.overall().mape(), ((Number) table.getColumns().get(3).getCellData(row)).doubleValue(), 1e-9, e.name());
            assertTrue(e.name().startsWith(e.kind() + " · mobilenetv1-simulated-nano · "), e.name());
        }
        assertEquals(List.of("evolp", "flops"), table.getItems().stream().map(PredictorEntry::kind).toList());
        LogScatterChart scatter = screen.charts().model().scatter;
        assertEquals(2, scatter.series().size());
        int n = split.test().length;
        assertEquals(n, scatter.series().get(0).size());
        assertEquals(n, scatter.series().get(1).size());
        assertEquals(2 * n, scatter.pointCount());
        assertTrue(!scatter.usesRaster() && scatter.modeText().endsWith("points drawn as dots"), scatter.modeText());
        assertTrue(screen.trainPanel().status().contains("Trained 2 predictors"), screen.trainPanel().status());
    }

    @Test
    void clickingAPointShowsItsDatasetRow(FxRobot robot) throws Exception {
        trainEvolpAndFlops(robot);
        var pane = screen.charts().scatterPane();
        LogScatterChart scatter = screen.charts().model().scatter;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.chart() == scatter.chart() && pane.dataArea() != null);
        Rectangle2D area = pane.dataArea();
        EvaluationReport report = screen.charts().model().entries.get(1).evaluation();
        int target = report.rows().length / 2;
        java.awt.geom.Point2D local = scatter.screenPosition(area, 1, target);
        // Whichever point is nearest to that pixel (points may overlap) is what the details must show.
        var expected = scatter.pick(area, local.getX(), local.getY(), 8).orElseThrow();
        Point2D onScreen = WaitForAsyncUtils.asyncFx(
                () -> pane.viewer().getCanvas().localToScreen(local.getX(), local.getY())).get();
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> screen.charts().details().text().contains("dataset row"));
        EvaluationReport shown = screen.charts().model().entries.get(expected.series()).evaluation();
        int row = shown.rows()[expected.index()];
        String text = screen.charts().details().text();
        assertTrue(text.contains("dataset row " + row + " "), text);
        assertTrue(text.contains("key " + data.config(row).key().label()), text);
        assertTrue(text.contains("cin " + data.cin(row) + ", cout " + data.cout(row)), text);
        assertTrue(text.contains("measured " + Fmt.ms(shown.measured()[expected.index()]) + " ms"), text);
        assertTrue(text.contains("predicted " + Fmt.ms(shown.predicted()[expected.index()]) + " ms"), text);
    }

    @Test
    void cancellingForestTrainingAddsNothing(FxRobot robot) throws Exception {
        // Ten copies of the sample so the forest is still growing when Cancel is clicked.
        LayerDataset big = data;
        for (int i = 0; i < 9; i++) big = big.concat(data);
        LayerDataset bigData = big;
        robot.interact(() -> {
            ctx.workspace().datasets().setAll(new DatasetEntry("big", null, bigData, List.of(), 0));
        });
        @SuppressWarnings("unchecked")
        var combo = (javafx.scene.control.ComboBox<DatasetEntry>) robot.lookup("#dataset-choice").query();
        robot.interact(() -> combo.getSelectionModel().select(0));
        robot.clickOn("#kind-evolp"); // untick
        robot.clickOn("#kind-forest");
        robot.clickOn("#train");
        TaskHandle<?> task = WaitForAsyncUtils.asyncFx(() -> ctx.tasks().running().stream()
                .filter(t -> t.getTitle().startsWith("Train")).findFirst().orElseThrow().handle()).get();
        robot.clickOn("#cancel-train");
        // Cancellation is checked between forest trees; a tree over 30 features of 30,000 rows takes a while.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task.state() != TaskHandle.State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TaskHandle.State.CANCELLED, task.state());
        assertEquals(0, ctx.workspace().predictors().size());
        assertTrue(screen.trainPanel().status().contains("cancelled"), screen.trainPanel().status());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void chartsExportToSvgAndPngAndTheTableToCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        trainEvolpAndFlops(robot);
        Path svg = dir.resolve("scatter.svg"), png = dir.resolve("cdf.png"), csv = dir.resolve("accuracy.csv");
        dialogs.answerFile(svg);
        robot.clickOn("#scatter-chart-svg");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(svg));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("</svg") && text.contains("measured latency (ms)"), text.substring(0, 200));

        robot.clickOn("Error distribution");
        dialogs.answerFile(png);
        robot.clickOn("#cdf-chart-png");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img);
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 560, img.getWidth() + "x" + img.getHeight());

        dialogs.answerFile(csv);
        robot.clickOn("#export-table-csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).equals("Predictor,n,RMSE (ms),MAPE %,±5 %,±10 %,Spearman,worst %,Kind,Device,Test data"), lines.get(0));
        assertTrue(lines.get(1).matches("evolp · mobilenetv1-simulated-nano · \\d\\d:\\d\\d,\\d+,.*,evolp,simulated-nano,"
                + "\"mobilenetv1-simulated-nano \\(20 % holdout, seed 1\\)\""), lines.get(1));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
