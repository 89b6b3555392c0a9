package io.evolp.ui.datasets;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
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
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the Datasets screen as a user: open files, filter, sort, read the summary, charts, problems, export. */
@ExtendWith(ApplicationExtension.class)
class DatasetsScreenTest {

    static final Path NANO = Path.of("sample-data/mobilenetv1-simulated-nano.csv");
    static final Path BAD = Path.of("sample-data/broken/bad-rows.csv");

    private ScriptedDialogs dialogs;
    private Workspace workspace;
    private DatasetsScreen screen;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs();
        workspace = new Workspace();
        screen = new DatasetsScreen(new UiContext(workspace, new FxTaskRunner(dialogs), dialogs));
        stage.setScene(new Scene((Parent) screen.view(), 1240, 760));
        stage.show();
    }

    @Test
    void openFilterSortAndExportRows(FxRobot robot) throws Exception {
        LayerDataset nano = DatasetCsvReader.read(NANO, null).dataset();
        openViaButton(robot, NANO);
        waitUntil(() -> rowCount(robot).equals("2,994 of 2,994 rows"));
        TableView<Integer> table = robot.lookup("#rowTable").queryTableView();
        assertEquals("2", cell(table, "line", 0));
        assertEquals(Integer.toString(nano.cin(0)), cell(table, "cin", 0));
        assertEquals(Integer.toString(nano.cout(0)), cell(table, "cout", 0));
        assertEquals(Formats.ms(nano.latency(0)), cell(table, "latency (ms)", 0));
        assertEquals("simulated-nano", cell(table, "device", 0));
        assertTrue(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> Formats.ms(nano.latency(0)).equals(c.getText())), "first row visible");

        // The key filter: a user opens the combo and picks the 256-row key.
        robot.clickOn("#keyFilter");
        robot.clickOn("14/k1x1/s1x1/p0x0/dense (256 rows)");
        waitUntil(() -> rowCount(robot).equals("256 of 2,994 rows"));

        // Back to all keys, then a text filter: every kernel-3 row (only key labels contain "k3x3").
        robot.clickOn("#keyFilter");
        robot.clickOn("All keys (2,994 rows)");
        robot.clickOn("#textFilter").write("k3x3");
        long k3 = java.util.stream.IntStream.range(0, nano.size()).filter(r -> nano.config(r).kh() == 3).count();
        waitUntil(() -> rowCount(robot).equals(Formats.rowCount((int) k3, 2994)));

        // Sort by latency (header click; scrolled into view first): first row is the minimum of the filtered rows.
        robot.interact(() -> table.scrollToColumn(table.getColumns().stream()
                .filter(c -> c.getText().equals("latency (ms)")).findFirst().orElseThrow()));
        robot.clickOn(robot.lookup(".column-header .label").match(l -> "latency (ms)".equals(((Label) l).getText()))
                .queryAs(Label.class));
        double min = java.util.stream.IntStream.range(0, nano.size()).filter(r -> nano.config(r).kh() == 3)
                .mapToDouble(nano::latency).min().orElseThrow();
        waitUntil(() -> Formats.ms(min).equals(cell(table, "latency (ms)", 0)));
        assertEquals(Formats.rowCount((int) k3, 2994), rowCount(robot));

        // Export what the table shows.
        Path csv = tmp.resolve("rows.csv");
        dialogs.answerFile(csv);
        robot.clickOn("#exportRows");
        waitUntil(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + k3, lines.size());
        assertTrue(lines.get(0).startsWith("line,key,input size,cin,cout,kernel,stride,padding,groups,bias,MACs,latency (ms)"),
                lines.get(0));
        assertTrue(lines.get(1).contains("," + Formats.ms(min) + ","), lines.get(1));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void summaryAndChartsAndChartExport(FxRobot robot) throws Exception {
        openViaButton(robot, NANO);
        waitUntil(() -> rowCount(robot).equals("2,994 of 2,994 rows"));
        int keys = DatasetCsvReader.read(NANO, null).dataset().rowsByKey().size();

        robot.clickOn("Per-key summary");
        TableView<?> summary = robot.lookup("#summaryTable").queryTableView();
        waitUntil(() -> summary.getItems().size() == keys);
        assertEquals(2994, summary.getItems().stream().mapToInt(s -> ((KeySummary) s).rows()).sum());
        // The table shows them (not only holds them): a visible cell carries the first key's label.
        String firstKey = ((KeySummary) summary.getItems().get(0)).key();
        waitUntil(() -> robot.lookup("#summaryTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> firstKey.equals(c.getText())));
        // Numeric key order (7 before 14 before 112), and the latency spread per key.
        List<Integer> sizes = summary.getItems().stream().map(s -> Integer.parseInt(((KeySummary) s).key().split("/")[0])).toList();
        assertEquals(sizes.stream().sorted().toList(), sizes);
        assertTrue(summary.getItems().stream().map(s -> (KeySummary) s)
                .allMatch(s -> s.latencyMin() <= s.latencyP10() && s.latencyP10() <= s.latencyMedian()
                        && s.latencyMedian() <= s.latencyP90() && s.latencyP90() <= s.latencyMax()));

        robot.clickOn("Charts");
        ChartViewer scatter = robot.lookup("#scatterChart").queryAs(ChartViewer.class);
        ChartViewer hist = robot.lookup("#histogramChart").queryAs(ChartViewer.class);
        waitUntil(() -> items(scatter) == 1001 && items(hist) == HistogramData.BINS); // the largest key: 1001 rows
        assertTrue(caption(scatter).contains("1,001 points"), caption(scatter));

        // Subsampling is said on the chart.
        robot.interact(() -> screen.setScatterCap(300));
        waitUntil(() -> items(scatter) == 300);
        assertEquals("showing 300 of 1,001 points (seeded random subset)", caption(scatter));

        Path png = tmp.resolve("scatter.png");
        dialogs.answerFile(png);
        robot.clickOn("#scatterPng");
        Path svg = tmp.resolve("hist");
        dialogs.answerFile(svg);
        robot.clickOn("#histogramSvg");
        Path svgFile = tmp.resolve("hist.svg"); // the extension is added when the user leaves it out
        waitUntil(() -> Files.exists(png) && Files.exists(svgFile));
        byte[] head = Files.readAllBytes(png);
        assertTrue(head.length > 1000 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G');
        String svgText = Files.readString(svgFile);
        assertTrue(svgText.contains("<svg"), svgText.substring(0, Math.min(200, svgText.length())));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void badRowsAreListedAndValidRowsStay(FxRobot robot) throws Exception {
        dialogs.answerFiles(List.of(NANO, BAD));
        robot.clickOn("#openDataset");
        waitUntil(() -> workspace.datasets().size() == 2);
        robot.interact(() -> robot.lookup("#datasetList").queryListView().getSelectionModel()
                .select(workspace.dataset("bad-rows")));
        waitUntil(() -> rowCount(robot).equals("2 of 2 rows"));
        robot.clickOn("⚠ Problems (7)");
        TableView<?> problems = robot.lookup("#problemTable").queryTableView();
        List<Integer> lines = problems.getItems().stream().map(p -> ((InputProblem) p).line()).toList();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), lines);
        InputProblem first = (InputProblem) problems.getItems().get(0);
        assertEquals("output_channel", first.columnName());
        assertEquals(3, first.column());
        assertTrue(robot.lookup(".dataset-problem-badge").tryQuery().isPresent(), "warning badge in the list");
        assertTrue(robot.lookup("#problemHeader").queryLabeled().getText().contains("2 valid rows are loaded"));
    }

    @Test
    void renamingTheDeviceReplacesTheEntry(FxRobot robot) throws Exception {
        openViaButton(robot, BAD);
        waitUntil(() -> workspace.datasets().size() == 1);
        assertEquals("bad-rows", workspace.datasets().get(0).device());
        robot.doubleClickOn("#deviceName").eraseText(8).write("jetson-nano-lab").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> workspace.datasets().get(0).device().equals("jetson-nano-lab"));
        assertEquals(2, workspace.datasets().get(0).dataset().size());
        assertEquals(7, workspace.datasets().get(0).totalProblems());
        robot.clickOn("#removeDataset");
        assertTrue(workspace.datasets().isEmpty());
    }

    private void openViaButton(FxRobot robot, Path file) {
        dialogs.answerFiles(List.of(file));
        robot.clickOn("#openDataset");
    }

    private static String rowCount(FxRobot robot) {
        return robot.lookup("#rowCount").queryAs(Label.class).getText();
    }

    private static String cell(TableView<Integer> table, String header, int row) {
        return table.getColumns().stream().filter(c -> c.getText().equals(header)).findFirst().orElseThrow()
                .getCellData(row).toString();
    }

    private static int items(ChartViewer v) {
        XYPlot p = v.getChart().getXYPlot();
        return p.getDataset() == null || p.getDataset().getSeriesCount() == 0 ? 0 : p.getDataset().getItemCount(0);
    }

    private static String caption(ChartViewer v) {
        return v.getChart().getSubtitles().stream().filter(t -> t instanceof TextTitle).map(t -> ((TextTitle) t).getText())
                .findFirst().orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
