package io.evolp.ui.devices;

import io.evolp.ui.charts.Palette;
import io.evolp.ui.charts.PlotStyle;
import io.evolp.workflow.adaptive.CurvePoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The live chart of "Profile a new device": cross-validated MAPE and ±10 % accuracy (both in %)
 * against the layers measured so far, one point per batch. Built from an immutable list, so the
 * export copy is simply built again. Undefined points (too few rows to cross-validate) are left out.
 */
final class ProfileChart {

    static final String MAPE = "cross-validated MAPE (lower is better)", ACC10 = "within ±10 % (higher is better)";

    private ProfileChart() {
    }

    static JFreeChart build(List<CurvePoint> curve, String device) {
        XYSeries mape = new XYSeries(MAPE);
        XYSeries acc = new XYSeries(ACC10);
        for (CurvePoint p : curve) {
            if (Double.isFinite(p.cvMape())) mape.add(p.rows(), p.cvMape());
            if (Double.isFinite(p.cvAcc10())) acc.add(p.rows(), p.cvAcc10());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(mape);
        data.addSeries(acc);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Palette.color(0));
        r.setSeriesPaint(1, Palette.color(1));
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f));
        NumberAxis x = new NumberAxis("layers measured on the device");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("%");
        y.setAutoRangeIncludesZero(true);
        if (mape.isEmpty() && acc.isEmpty()) { // an empty chart still reads as percent against layers
            x.setRange(0, 10);
            y.setRange(0, 100);
        }
        XYPlot plot = PlotStyle.plain(new XYPlot(data, x, y, r));
        String title = device == null ? "Cross-validated error as the campaign runs" : "Cross-validated error on " + device;
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, true);
        chart.addSubtitle(new TextTitle(curve.isEmpty() ? "a point appears after each batch is measured and the predictor retrained"
                : "cross-validation on the rows measured so far; now " + curve.get(curve.size() - 1).predictor(),
                new Font("SansSerif", Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
