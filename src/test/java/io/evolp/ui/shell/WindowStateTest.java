package io.evolp.ui.shell;

import io.evolp.io.prefs.PreferencesFile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remembered window geometry: implausible sizes are forgotten, a missing position is NaN. */
class WindowStateTest {

    @Test
    void roundTripsThroughThePreferencesFile() {
        WindowState w = new WindowState(10, 20, 900, 600, true);
        assertEquals(w, WindowState.fromFile(w.toFile()));
    }

    @Test
    void tooSmallOrMissingSizesAreForgotten() {
        assertNull(WindowState.fromFile(null));
        assertNull(WindowState.fromFile(new PreferencesFile.Window(0.0, 0.0, 199.0, 600.0, false)));
        assertNull(WindowState.fromFile(new PreferencesFile.Window(0.0, 0.0, 800.0, 149.0, false)));
        assertNull(WindowState.fromFile(new PreferencesFile.Window(0.0, 0.0, null, 600.0, false)));
        assertNull(WindowState.fromFile(new PreferencesFile.Window(0.0, 0.0, Double.POSITIVE_INFINITY, 600.0, false)));
    }

    @Test
    void aMissingPositionOrFlagIsNotInvented() {
        WindowState w = WindowState.fromFile(new PreferencesFile.Window(null, null, 800.0, 600.0, null));
        assertTrue(Double.isNaN(w.x()) && Double.isNaN(w.y()), "restoreGeometry then leaves the position to the system");
        assertEquals(false, w.maximized());
    }
}
