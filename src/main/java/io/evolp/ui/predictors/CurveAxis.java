package io.evolp.ui.predictors;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning curve's x axis: log-scaled (10 to 300 rows would squeeze the small sizes, where the
 * kinds differ most, into a corner) with a tick at each size tried and nowhere else, the largest
 * labelled "N (all)" — so a reader sees at which n every dot was measured.
 */
final class CurveAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private final List<Integer> sizes;
    private final int all;

    CurveAxis(String label, List<Integer> sizes, int all) {
        super(label);
        this.sizes = List.copyOf(sizes);
        this.all = all;
        setBase(10);
        setSmallestValue(0.5);
        setMinorTickMarksVisible(false);
        if (!sizes.isEmpty()) {
            double lo = sizes.get(0), hi = sizes.get(sizes.size() - 1);
            setDefaultAutoRange(new org.jfree.data.Range(lo / 1.3, hi * 1.3));
            setRange(lo / 1.3, hi * 1.3);
        }
    }

    List<Integer> sizes() { return sizes; }

    static String tickLabel(int n, int all) {
        return n == all ? n + " (all)" : String.valueOf(n);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> ticks = new ArrayList<>();
        TextAnchor anchor = edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
        for (int n : sizes) {
            if (n >= getLowerBound() && n <= getUpperBound()) {
                ticks.add(new NumberTick(TickType.MAJOR, n, tickLabel(n, all), anchor, anchor, 0));
            }
        }
        return ticks;
    }
}
