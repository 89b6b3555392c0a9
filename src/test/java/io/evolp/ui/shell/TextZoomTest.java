package io.evolp.ui.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextZoomTest {

    @Test
    void stepsGoUpAndDownAndStopAtTheEnds() {
        assertEquals(1.15, TextZoom.larger(1.0));
        assertEquals(1.0, TextZoom.smaller(1.15));
        assertEquals(1.0, TextZoom.smaller(TextZoom.larger(1.0)), "Ctrl+Minus undoes Ctrl+Plus");
        assertEquals(3.0, TextZoom.larger(3.0));
        assertEquals(0.75, TextZoom.smaller(0.75));
        assertEquals(1.3, TextZoom.larger(1.2), "an odd factor (from an edited file) goes to the next step");
    }

    @Test
    void clampTurnsNonsenseIntoNormalSize() {
        assertEquals(1.0, TextZoom.clamp(null));
        assertEquals(1.0, TextZoom.clamp(Double.NaN));
        assertEquals(1.0, TextZoom.clamp(-2.0));
        assertEquals(3.0, TextZoom.clamp(40.0));
        assertEquals(0.75, TextZoom.clamp(0.1));
    }

    @Test
    void rootFontSizeIsWholePixels() {
        assertEquals(13, TextZoom.px(1.0));
        assertEquals(20, TextZoom.px(TextZoom.PRESENTATION)); // 19.5 rounds up
        assertEquals(23, TextZoom.px(1.75)); // 22.75 rounds up
        assertEquals("175 %", TextZoom.percent(1.75));
        assertEquals("150 %", TextZoom.percent(TextZoom.PRESENTATION));
    }

    @Test
    void styleReplacesOnlyTheFontSize() {
        assertEquals("-fx-font-size: 13px;", TextZoom.style(null, 1.0));
        assertEquals("-fx-font-size: 20px;", TextZoom.style("-fx-font-size: 13px;", 1.5));
        assertEquals("-fx-padding: 4; -fx-font-size: 15px;", TextZoom.style("-fx-padding: 4; -fx-font-size: 13px;", 1.15));
        assertEquals("-fx-padding: 4; -fx-font-size: 15px;", TextZoom.style("-fx-padding: 4", 1.15));
    }
}
