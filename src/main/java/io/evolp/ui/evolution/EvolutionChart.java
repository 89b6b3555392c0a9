package io.evolp.ui.evolution;

import io.evolp.evolve.EvolutionEval;
import io.evolp.ui.charts.Palette;
import io.evolp.ui.charts.PlotStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Error against the number of measured models per family: one line per correction (the median over
 * the draws) with its 25th–75th percentile shaded, so a researcher sees at a glance whether
 * evolution helps on their device and from how many measurements. Built from an immutable result,
 * so the export copy is simply built again.
 */
final class EvolutionChart {

    private EvolutionChart() {
    }

    static JFreeChart build(EvolutionEval.Result r, EvolutionMetric metric) {
        return build(r, metric, EvolutionCurve.of(r, metric));
    }

    static JFreeChart build(EvolutionEval.Result r, EvolutionMetric metric, List<EvolutionCurve> curves) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        for (int series = 0; series < curves.size(); series++) {
            EvolutionCurve curve = curves.get(series);
            String kind = curve.kind();
            YIntervalSeries s = new YIntervalSeries(label(kind));
            for (EvolutionCurve.Point p : curve.points()) s.add(p.k(), p.centre(), p.p25(), p.p75());
            data.addSeries(s);
            Color c = kind.equals(EvolutionEval.NONE) ? Color.DARK_GRAY : Palette.color(r.kinds().indexOf(kind) - 1);
            renderer.setSeriesPaint(series, c);
            renderer.setSeriesFillPaint(series, c);
            renderer.setSeriesStroke(series, kind.equals(EvolutionEval.NONE)
                    ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        renderer.setAlpha(0.12f);
        NumberAxis x = new NumberAxis("measured models per family (k)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(metric.label + (metric == EvolutionMetric.COVERAGE ? " — mean over draws" : ""));
        y.setAutoRangeIncludesZero(metric == EvolutionMetric.MAPE);
        XYPlot plot = PlotStyle.plain(new XYPlot(data, x, y, renderer));
        if (metric == EvolutionMetric.COVERAGE) {
            ValueMarker target = new ValueMarker(90, new Color(120, 120, 120), new BasicStroke(1f));
            target.setLabel("90% target");
            plot.addRangeMarker(target);
        }
        JFreeChart chart = new JFreeChart(title(r, metric), new Font("SansSerif", Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static String label(String kind) {
        switch (kind) {
            case EvolutionEval.NONE: return "none (raw layer sum)";
            case "shrink": return "shrink (default)";
            case "linear": return "linear (EvoLP paper)";
            default: return kind;
        }
    }

    private static String title(EvolutionEval.Result r, EvolutionMetric metric) {
        return (metric == EvolutionMetric.MAPE ? "Does evolution help? " : "")
                + r.draws() + " random draws, shaded: 25th–75th percentile; families " + r.families();
    }
}
