package io.evolp.ui.predictors;

import io.evolp.predict.curve.LearningCurve;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.ui.charts.Palette;
import io.evolp.ui.charts.PlotStyle;
import io.evolp.workflow.LearningCurves;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;

/**
 * The learning-curve chart: accuracy (±10 % or MAPE) on the held-out rows against the number of
 * training rows on a log axis whose ticks are exactly the sizes tried, one line per kind (median
 * over the seeds, dots at the sizes) with its min–max band. Built from an immutable result, so the
 * export copy is simply built again.
 */
final class CurveChart {

    private CurveChart() {
    }

    static JFreeChart build(LearningCurves.Result r, PredictorsModel.Metric metric) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        List<String> kinds = r.request().kinds();
        for (int i = 0; i < kinds.size(); i++) {
            YIntervalSeries s = new YIntervalSeries(label(kinds.get(i), r));
            for (LearningCurve.Point p : r.of(kinds.get(i))) {
                if (metric == PredictorsModel.Metric.MAPE) {
                    s.add(p.rows(), p.medianMape(), LearningCurves.minMape(p), LearningCurves.maxMape(p));
                } else {
                    s.add(p.rows(), p.medianAcc10(), p.minAcc10(), p.maxAcc10());
                }
            }
            data.addSeries(s);
            Color c = Palette.color(i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.15f);
        renderer.setDefaultToolTipGenerator((ds, series, item) -> tooltip((YIntervalSeriesCollection) ds, series, item, metric));
        CurveAxis x = new CurveAxis("training rows (log scale; \"all\" = " + r.trainRows() + " rows)",
                r.points().stream().map(LearningCurve.Point::rows).distinct().sorted().toList(), r.trainRows());
        NumberAxis y = new NumberAxis(metric == PredictorsModel.Metric.MAPE ? "MAPE (%), lower is better" : "within ±10 % (%)");
        if (metric == PredictorsModel.Metric.ACC10) y.setRange(0, 100.5);
        else y.setAutoRangeIncludesZero(true);
        XYPlot plot = PlotStyle.pannable(new XYPlot(data, x, y, renderer));
        JFreeChart chart = new JFreeChart("How many measured layers does each predictor need?",
                new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.addSubtitle(new TextTitle(subtitle(r), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The legend's name of a kind: transfer says where from. */
    static String label(String kind, LearningCurves.Result r) {
        return kind.equals(TransferPredictor.KIND) && r.request().source() != null ? "transfer from " + r.request().source().label() : kind;
    }

    static String subtitle(LearningCurves.Result r) {
        int seeds = r.request().seeds();
        return String.format(Locale.ROOT, "'%s': tested on the same %d held-out rows; line: median of %d %s, band: min–max; "
                        + "rows drawn %s%s", r.request().data().device(), r.testRows(), seeds, seeds == 1 ? "seed" : "seeds",
                r.request().active() ? "in active-sampling order" : "at random",
                r.sourceName() == null ? "" : "; source " + r.sourceName());
    }

    private static String tooltip(YIntervalSeriesCollection ds, int series, int item, PredictorsModel.Metric metric) {
        String what = metric == PredictorsModel.Metric.MAPE ? "MAPE" : "within ±10 %";
        return String.format(Locale.ROOT, "%s, %d rows: %s %.1f %% (min %.1f, max %.1f)", ds.getSeriesKey(series),
                (int) ds.getXValue(series, item), what, ds.getYValue(series, item), ds.getStartYValue(series, item),
                ds.getEndYValue(series, item));
    }
}
