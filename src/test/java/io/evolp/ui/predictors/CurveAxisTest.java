package io.evolp.ui.predictors;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The learning curve's x axis ticks exactly the sizes tried, the largest named "all", and nothing else. */
class CurveAxisTest {

    @Test
    void ticksAreTheSizesTriedWithAllNamed() {
        CurveAxis x = new CurveAxis("rows", List.of(10, 30, 100, 261), 261);
        var g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<?> ticks = x.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 600, 300), RectangleEdge.BOTTOM);
        assertEquals(List.of("10", "30", "100", "261 (all)"), ticks.stream().map(t -> ((NumberTick) t).getText()).toList());
        assertEquals(List.of(10.0, 30.0, 100.0, 261.0), ticks.stream().map(t -> ((NumberTick) t).getValue()).toList());
        // Zoomed in to 20–150: only the sizes inside are ticked.
        x.setRange(20, 150);
        ticks = x.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 600, 300), RectangleEdge.BOTTOM);
        assertEquals(List.of("30", "100"), ticks.stream().map(t -> ((NumberTick) t).getText()).toList());
        assertEquals("50", CurveAxis.tickLabel(50, 261));
    }
}
