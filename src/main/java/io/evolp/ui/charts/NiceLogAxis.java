package io.evolp.ui.charts;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 log axis with ticks at round numbers (1-2-5 per decade, or 1-2-3-5-7, or decades only,
 * whichever fits the space) labelled in plain decimals. JFreeChart's own LogAxis puts ticks at
 * 10^(k/10) when a range spans about one decade — labels like 0.251, 0.316, 0.398 that nobody can
 * read a latency from.
 */
public final class NiceLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final int[][] MANTISSAS = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 5, 7}, {1, 2, 5}, {1}};

    public NiceLogAxis(String label) {
        super(label);
        setBase(10);
        setSmallestValue(1e-9);
        setMinorTickMarksVisible(false);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double length = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        int maxTicks = Math.max(2, (int) (length / (horizontal ? 70 : 30)));
        List<BigDecimal> values = values(getLowerBound(), getUpperBound(), maxTicks);
        List<Tick> ticks = new ArrayList<>(values.size());
        // RectangleEdge is a class of constants, not an enum.
        TextAnchor anchor = edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        for (BigDecimal v : values) {
            ticks.add(new NumberTick(TickType.MAJOR, v.doubleValue(), label(v), anchor, anchor, 0));
        }
        return ticks;
    }

    /** Round values in [lo, hi], the densest mantissa set giving at most {@code maxTicks} of them. */
    static List<BigDecimal> values(double lo, double hi, int maxTicks) {
        if (!(lo > 0) || !(hi > lo)) return List.of();
        int k0 = (int) Math.floor(Math.log10(lo)), k1 = (int) Math.ceil(Math.log10(hi));
        for (int[] set : MANTISSAS) {
            List<BigDecimal> v = collect(lo, hi, k0, k1, set, 1);
            if (v.size() <= maxTicks) return v;
        }
        // Many decades: every step-th decade.
        int step = 2;
        while (collect(lo, hi, k0, k1, new int[]{1}, step).size() > maxTicks) step++;
        return collect(lo, hi, k0, k1, new int[]{1}, step);
    }

    private static List<BigDecimal> collect(double lo, double hi, int k0, int k1, int[] set, int decadeStep) {
        List<BigDecimal> out = new ArrayList<>();
        for (int k = k0; k <= k1; k++) {
            if (Math.floorMod(k, decadeStep) != 0) continue;
            for (int m : set) {
                BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(k);
                double d = v.doubleValue();
                if (d >= lo * (1 - 1e-12) && d <= hi * (1 + 1e-12)) out.add(v);
            }
        }
        return out;
    }

    static String label(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
