package io.evolp.ui.predictors;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column widths are measured at the size the table really shows (presentation mode's 150 % included). */
@ExtendWith(ApplicationExtension.class)
class ColumnWidthsTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void textAtALargerSizeNeedsProportionallyMoreRoom() {
        double normal = ColumnWidths.text("Spearman", true, 13);
        double large = ColumnWidths.text("Spearman", true, 19.5);
        assertTrue(normal > 0);
        assertEquals(1.5, large / normal, 0.08);
        assertEquals(0, ColumnWidths.text("", false, 20));
    }
}
