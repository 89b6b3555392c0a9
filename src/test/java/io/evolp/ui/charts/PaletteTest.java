package io.evolp.ui.charts;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteTest {

    @Test
    void everySeriesColourStandsOutFromItsPlotBackground() {
        for (int i = 0; i < Palette.size(); i++) {
            double light = Palette.contrast(Palette.color(i), Color.WHITE);
            double dark = Palette.contrast(Palette.onDark(i), Palette.DARK_PLOT);
            assertTrue(light >= 3.0, "colour " + i + " on white: " + light);
            assertTrue(dark >= 4.5, "colour " + i + " on the dark plot: " + dark);
        }
    }

    @Test
    void contrastIsTheWcagRatio() {
        assertEquals(21.0, Palette.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, Palette.contrast(Color.GRAY, Color.GRAY), 1e-9);
        // The original Okabe–Ito blue on the dark grey was the complaint: below 3:1.
        assertTrue(Palette.contrast(new Color(0, 114, 178), Palette.DARK_PLOT) < 3.0);
    }

    @Test
    void coloursAreDistinctAndRepeatAfterTheLast() {
        Set<Color> seen = new HashSet<>();
        for (int i = 0; i < Palette.size(); i++) seen.add(Palette.color(i));
        assertEquals(Palette.size(), seen.size());
        assertEquals(Palette.color(0), Palette.color(Palette.size()));
        assertEquals("#0072b2", Palette.css(0));
    }
}
