package io.evolp.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.TextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Scales the text of one JFreeChart — title and subtitles, legend items, axis labels and tick labels,
 * text annotations and marker labels — by a factor, remembering each element's own font as its base.
 * Idempotent: applying the same factor twice changes nothing, and an element whose font was changed by
 * its owner since (a new subtitle, a relabelled marker) takes that font as its new base, so the chart's
 * code stays unaware of the zoom. One instance per displayed chart; not thread-safe (FX thread).
 */
public final class ChartFonts {

    /** The themes' root font size in px (light.css, dark.css): a chart pane at this size draws at factor 1. */
    public static final double BASE_PX = 13;

    /**
     * The least share of its height a chart's plot keeps when the text grows. Below it the text takes
     * less of the zoom: a 200 px chart at 150 % had no plot left.
     */
    public static final double PLOT_SHARE = 0.5;
    /**
     * How much of a chart's height its text takes, as JFreeChart lays out the workbench's most text-heavy
     * chart (the learning curve: title, a subtitle that wraps, legend, log-axis ticks, axis labels) at
     * 1090–1600 px wide: about 105 px at factor 1 and 140 px more per unit of factor — the text grows and
     * the subtitle and legend wrap onto more lines (measured 103/157/199/273/366 px at 1/1.5/2/2.5/3 at
     * 1090 px; CurveChartZoomTest checks the bound).
     */
    static final double TEXT_PX = 105, TEXT_GROWTH_PX = 140;

    /**
     * The factor a chart {@code heightPx} tall is drawn at under text zoom {@code factor}: as much of the
     * zoom as leaves the plot {@link #PLOT_SHARE} of the height, so a chart of typical height (350–400 px)
     * takes presentation mode's 150 % whole and a small one stays near its normal size. An earlier rule
     * (the whole zoom only from 450 px) left the learning-curve chart at 126 % in presentation mode.
     * Shrinking is never limited; an unknown height (0 before layout) takes the factor.
     */
    public static double fit(double factor, double heightPx) {
        if (factor <= 1 || !(heightPx > 0)) return factor;
        double room = 1 + (heightPx * (1 - PLOT_SHARE) - TEXT_PX) / TEXT_GROWTH_PX;
        return Math.max(1, Math.min(factor, room));
    }

    /** Per element and font slot: the base font and the font this class last set. */
    private final Map<Object, Font[]> seen = new IdentityHashMap<>();

    /** Forgets every base (the displayed chart was replaced). */
    public void clear() {
        seen.clear();
    }

    /** Scales every reachable text of {@code chart} to base size × {@code factor}; true when anything changed. */
    public boolean apply(JFreeChart chart, double factor) {
        if (chart == null) return false;
        List<Slot> slots = new ArrayList<>();
        if (chart.getTitle() != null) slots.add(text(chart.getTitle()));
        for (int i = 0; i < chart.getSubtitleCount(); i++) title(chart.getSubtitle(i), slots);
        plot(chart.getPlot(), slots);
        boolean changed = false;
        for (Slot s : slots) changed |= scale(s, factor);
        return changed;
    }

    private record Slot(Object owner, int which, Supplier<Font> get, Consumer<Font> set) { }

    private boolean scale(Slot s, double factor) {
        Font now = s.get.get();
        if (now == null) return false;
        Font[] rec = seen.computeIfAbsent(s.owner, k -> new Font[4]);
        int i = s.which * 2;
        if (rec[i] == null || !now.equals(rec[i + 1])) rec[i] = now; // new element, or its owner set a font
        float size = (float) Math.max(1, rec[i].getSize2D() * factor);
        Font want = rec[i].getSize2D() == size ? rec[i] : rec[i].deriveFont(size);
        rec[i + 1] = want;
        if (want.equals(now)) return false;
        s.set.accept(want);
        return true;
    }

    private static Slot text(TextTitle t) {
        return new Slot(t, 0, t::getFont, t::setFont);
    }

    private static void title(Title t, List<Slot> out) {
        if (t instanceof TextTitle tt) out.add(text(tt));
        else if (t instanceof LegendTitle l) out.add(new Slot(l, 0, l::getItemFont, l::setItemFont));
    }

    private static void axis(Axis a, List<Slot> out) {
        if (a == null) return;
        out.add(new Slot(a, 0, a::getLabelFont, a::setLabelFont));
        out.add(new Slot(a, 1, a::getTickLabelFont, a::setTickLabelFont));
    }

    private static void markers(Collection<?> markers, List<Slot> out) {
        if (markers == null) return;
        for (Object o : markers) if (o instanceof Marker m) out.add(new Slot(m, 0, m::getLabelFont, m::setLabelFont));
    }

    private static void plot(Plot p, List<Slot> out) {
        if (p instanceof CombinedDomainXYPlot c) c.getSubplots().forEach(s -> plot(s, out));
        if (p instanceof CombinedRangeXYPlot c) c.getSubplots().forEach(s -> plot(s, out));
        if (p instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) axis(xy.getDomainAxis(i), out);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) axis(xy.getRangeAxis(i), out);
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation t) out.add(new Slot(t, 0, t::getFont, t::setFont));
            }
            for (Layer l : new Layer[]{Layer.FOREGROUND, Layer.BACKGROUND}) {
                markers(xy.getDomainMarkers(l), out);
                markers(xy.getRangeMarkers(l), out);
            }
        } else if (p instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDomainAxisCount(); i++) axis(cp.getDomainAxis(i), out);
            for (int i = 0; i < cp.getRangeAxisCount(); i++) axis(cp.getRangeAxis(i), out);
            for (Object a : cp.getAnnotations()) {
                if (a instanceof TextAnnotation t) out.add(new Slot(t, 0, t::getFont, t::setFont));
            }
            for (Layer l : new Layer[]{Layer.FOREGROUND, Layer.BACKGROUND}) {
                markers(cp.getDomainMarkers(l), out);
                markers(cp.getRangeMarkers(l), out);
            }
        }
    }
}
