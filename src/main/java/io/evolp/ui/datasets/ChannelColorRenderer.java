package io.evolp.ui.datasets;

import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

import java.awt.Paint;

/**
 * XYDotRenderer (the only JFreeChart scatter fast enough for tens of thousands of points, DESIGN §7)
 * with each dot coloured by the dataset's z value through a paint scale.
 */
final class ChannelColorRenderer extends XYDotRenderer {

    private PaintScale scale = new ChannelPaintScale(0, 1);

    ChannelColorRenderer() {
        setDotWidth(3);
        setDotHeight(3);
    }

    void setScale(PaintScale scale) {
        this.scale = scale;
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        XYDataset d = getPlot() == null ? null : getPlot().getDataset();
        if (d instanceof XYZDataset z) return scale.getPaint(z.getZValue(series, item));
        return super.getItemPaint(series, item);
    }
}
