package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.charts.ChartFonts;
import io.evolp.workflow.LearningCurves;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learning-curve chart — the workbench's most text-heavy chart: title, a subtitle that wraps, a legend
 * with a transfer source, log-axis ticks and two axis labels — drawn at the text zoom {@link ChartFonts#fit}
 * allows for its height, as JFreeChart lays it out: at the typical 350–400 px the whole presentation zoom
 * (150 %), and at any height and zoom the plot keeps at least half the chart (or what it had unzoomed).
 */
class CurveChartZoomTest {

    private static final double[] ZOOMS = {1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0};
    private static final int[] HEIGHTS = {150, 200, 250, 300, 350, 400, 450, 600, 800};
    private static LearningCurves.Result result;

    @BeforeAll
    static void study() throws Exception {
        LayerDataset vgg = DatasetCsvReader.read(PredictorsControllerTest.VGG, null).dataset();
        LayerDataset target = vgg.filter(r -> r % 4 == 0);
        LayerDataset source = vgg.filter(r -> r % 4 == 1).withDevice("other-board");
        result = LearningCurves.run(new LearningCurves.Request(target, List.of("lut", "flops", "transfer"), List.of(10, 30, io.evolp.predict.curve.LearningCurve.ALL),
                2, 0.2, 1, LearningCurves.Source.ofDataset(source, "vgg-other"), false), ProgressMonitor.NONE);
    }

    /** Height of the plot's data area when the chart is drawn {@code w} × {@code h} at text zoom {@code zoom}. */
    private static double plotHeight(double zoom, int w, int h) {
        JFreeChart chart = CurveChart.build(result, PredictorsModel.Metric.ACC10);
        new ChartFonts().apply(chart, zoom);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(w, h, info);
        return info.getPlotInfo().getDataArea().getHeight();
    }

    @Test
    void typicalHeightsTakeThePresentationZoomWhole() {
        for (int h = 350; h <= 400; h += 10) assertEquals(1.5, ChartFonts.fit(1.5, h), "at " + h + " px");
        JFreeChart chart = CurveChart.build(result, PredictorsModel.Metric.ACC10);
        new ChartFonts().apply(chart, ChartFonts.fit(1.5, 360));
        assertEquals(21, chart.getTitle().getFont().getSize2D(), 1e-3, "14 pt × 1.5");
    }

    @Test
    void atEveryHeightAndZoomThePlotKeepsHalfTheChart() {
        // As wide as the chart is on a 1280 px screen and wider: the plot keeps PLOT_SHARE of the height.
        // Narrower, the subtitle and legend wrap onto more lines sooner: a smaller share, still most of it.
        assertLeastShare(1090, ChartFonts.PLOT_SHARE);
        assertLeastShare(1250, ChartFonts.PLOT_SHARE);
        assertLeastShare(1600, ChartFonts.PLOT_SHARE);
        assertLeastShare(900, 0.4);
        assertLeastShare(700, 0.4);
    }

    /** Over every height and zoom step: the plot keeps {@code share} of the chart, or what it had unzoomed. */
    private static void assertLeastShare(int w, double share) {
        double least = 1;
        for (int h : HEIGHTS) {
            double unzoomed = plotHeight(1, w, h);
            for (double zoom : ZOOMS) {
                double drawn = ChartFonts.fit(zoom, h);
                double plot = drawn == 1 ? unzoomed : plotHeight(drawn, w, h);
                assertTrue(plot >= Math.min(share * h, unzoomed) - 1, String.format(Locale.ROOT,
                        "%d×%d px at zoom %.2f (drawn %.2f): plot %.0f px", w, h, zoom, drawn, plot));
                if (drawn > 1) least = Math.min(least, plot / h);
            }
        }
        System.out.printf(Locale.ROOT, "%d px wide: the plot keeps at least %.2f of the height where the text grows%n", w, least);
    }
}
