package io.evolp.ui.predictors;

import io.evolp.analysis.KeyOrder;
import io.evolp.core.ConfigKey;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.eval.Metrics;
import io.evolp.ui.charts.CumulativeErrorChart;
import io.evolp.ui.charts.ErrorCurve;
import io.evolp.ui.charts.KeyErrorChart;
import io.evolp.ui.charts.LogScatterChart;
import io.evolp.ui.charts.Palette;
import io.evolp.ui.charts.ScatterSeries;
import io.evolp.ui.workspace.PredictorEntry;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The three comparison charts for a selection of predictors, built together on a worker (sorting a
 * million errors or taking a million logarithms is not FX-thread work) and swapped in at once.
 * The i-th selected predictor has colour {@link Palette#color(int) i} in every chart.
 */
final class ChartsModel {

    final List<PredictorEntry> entries;
    final LogScatterChart scatter;
    final JFreeChart cdf;
    final JFreeChart keys;
    final List<ErrorCurve> curves;
    final List<String> keyLabels;
    final List<KeyErrorChart.Bars> bars;

    private ChartsModel(List<PredictorEntry> entries, LogScatterChart scatter, List<ErrorCurve> curves,
                        List<String> keyLabels, List<KeyErrorChart.Bars> bars) {
        this.entries = entries;
        this.scatter = scatter;
        this.curves = curves;
        this.keyLabels = keyLabels;
        this.bars = bars;
        this.cdf = cdfChart();
        this.keys = keyChart();
    }

    /** Only evaluated entries are charted; their order is the selection order. */
    static ChartsModel build(List<PredictorEntry> selected, int rasterThreshold) {
        List<PredictorEntry> shown = selected.stream().filter(e -> e.evaluation() != null).toList();
        List<ScatterSeries> series = new ArrayList<>();
        List<ErrorCurve> curves = new ArrayList<>();
        List<KeyErrorChart.Bars> bars = new ArrayList<>();
        // Numeric key order (14, 28, 56, 112, 224), not the labels' text order.
        TreeSet<ConfigKey> keys = new TreeSet<>(KeyOrder.NUMERIC);
        Map<ConfigKey, List<Integer>> nByKey = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            PredictorEntry e = shown.get(i);
            EvaluationReport r = e.evaluation();
            series.add(new ScatterSeries(e.name(), Palette.color(i), r.measured(), r.predicted()));
            curves.add(new ErrorCurve(e.name(), Palette.color(i), ErrorCurve.relativeErrorsPct(r.predicted(), r.measured())));
            for (Map.Entry<ConfigKey, Metrics> k : r.perKey().entrySet()) {
                keys.add(k.getKey());
                nByKey.computeIfAbsent(k.getKey(), x -> new ArrayList<>()).add(k.getValue().n());
            }
        }
        Map<ConfigKey, String> label = new HashMap<>();
        for (ConfigKey k : keys) label.put(k, KeyLabels.withN(k.label(), nByKey.get(k)));
        for (int i = 0; i < shown.size(); i++) {
            Map<String, Double> mape = new LinkedHashMap<>();
            for (Map.Entry<ConfigKey, Metrics> k : shown.get(i).evaluation().perKey().entrySet()) {
                mape.put(label.get(k.getKey()), k.getValue().mape());
            }
            bars.add(new KeyErrorChart.Bars(shown.get(i).name(), Palette.color(i), mape));
        }
        List<String> labels = keys.stream().map(label::get).toList();
        LogScatterChart scatter = new LogScatterChart("Predicted vs measured (test rows)", "measured latency (ms)",
                "predicted latency (ms)", series, rasterThreshold, 0.10);
        return new ChartsModel(shown, scatter, List.copyOf(curves), labels, List.copyOf(bars));
    }

    JFreeChart cdfChart() {
        return CumulativeErrorChart.build("Cumulative relative error (test rows)", curves);
    }

    JFreeChart keyChart() {
        return KeyErrorChart.build("MAPE per configuration key (test rows)", keyLabels, bars);
    }
}
