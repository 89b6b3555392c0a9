package io.evolp.ui.compression;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A category axis that names only every k-th category (the first, then every k-th), so a model
 * with fifty layers (ResNet-50) shows a readable handful of layer names instead of fifty overlapping
 * ones. The bars themselves are all drawn; their tooltips name every layer.
 */
final class ThinnedCategoryAxis extends CategoryAxis {

    private int every = 1;

    ThinnedCategoryAxis(String label) {
        super(label);
    }

    /** k such that {@code count} categories show at most {@code max} names. */
    static int every(int count, int max) {
        return Math.max(1, (int) Math.ceil(count / (double) Math.max(1, max)));
    }

    void setEvery(int k) {
        every = Math.max(1, k);
        fireChangeEvent();
    }

    int every() { return every; }

    @Override
    public List<Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> all = super.refreshTicks(g2, state, dataArea, edge);
        if (every == 1) return all;
        List<Tick> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Tick t = all.get(i);
            // Thinned ticks keep their slot (the axis lays out by index) but carry no text.
            kept.add(i % every == 0 ? t : new CategoryTick(((CategoryTick) t).getCategory(),
                    new org.jfree.chart.text.TextBlock(), ((CategoryTick) t).getLabelAnchor(),
                    ((CategoryTick) t).getRotationAnchor(), t.getAngle()));
        }
        return kept;
    }
}
