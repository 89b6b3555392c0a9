package io.evolp.ui.charts;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.fx.ChartViewer;

/**
 * Text zoom for plain {@link ChartViewer}s that are not inside a {@link ChartPane} (which follows the
 * zoom by itself): the shell calls {@link #scaleAll} with the zoom factor when the factor changes and
 * when a screen is shown, and each viewer's chart is scaled by its own {@link ChartFonts}. Changes to a
 * chart after that (new data, a new subtitle) are scaled as they happen; a chart object a screen puts
 * into its viewer later is picked up at the next call. FX thread only.
 */
public final class ChartZoom {

    /** Set on a viewer whose text someone else scales (a {@link ChartPane}'s own viewer). */
    static final String OWNED = "evolp.chartZoom.owned";
    private static final String STATE = "evolp.chartZoom.state";

    private ChartZoom() {
    }

    /** Scales the charts of every plain chart viewer under {@code root} to {@code factor}. */
    public static void scaleAll(Parent root, double factor) {
        if (root == null) return;
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof ChartViewer v) {
                if (!v.getProperties().containsKey(OWNED)) state(v).scale(v.getChart(), ChartFonts.fit(factor, v.getHeight()));
            } else if (n instanceof Parent p) {
                scaleAll(p, factor);
            }
        }
    }

    private static State state(ChartViewer v) {
        return (State) v.getProperties().computeIfAbsent(STATE, k -> new State());
    }

    /** One viewer's chart, its fonts and the factor it is drawn at. */
    private static final class State {
        private final ChartFonts fonts = new ChartFonts();
        private final ChartChangeListener follow = e -> apply();
        private JFreeChart chart;
        private double factor = 1;
        private boolean scaling;

        void scale(JFreeChart now, double f) {
            if (now != chart) {
                if (chart != null) chart.removeChangeListener(follow);
                fonts.clear();
                chart = now;
                if (chart != null) chart.addChangeListener(follow);
            }
            factor = f;
            apply();
        }

        private void apply() {
            if (scaling || chart == null) return;
            scaling = true;
            try {
                fonts.apply(chart, factor);
            } finally {
                scaling = false;
            }
        }
    }
}
