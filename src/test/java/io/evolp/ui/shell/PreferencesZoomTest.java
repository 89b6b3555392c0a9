package io.evolp.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text zoom is kept across runs; files from before it existed still load. */
class PreferencesZoomTest {

    @TempDir
    Path dir;

    @Test
    void zoomIsSavedAndRead() throws Exception {
        Path file = dir.resolve("preferences.json");
        AppPreferences p = AppPreferences.load(file);
        assertEquals(1.0, p.zoom());
        p.setZoom(1.3);
        p.setTheme(Themes.DARK);
        p.save();
        AppPreferences again = AppPreferences.load(file);
        assertEquals(1.3, again.zoom());
        assertEquals(Themes.DARK, again.theme());
    }

    @Test
    void anOldFileWithoutZoomLoadsWithEverythingElse() throws Exception {
        Path file = Files.writeString(dir.resolve("preferences.json"),
                "{\"format\":1,\"theme\":\"dark\",\"recent\":[\"/a/p.json\"],\"dividers\":{\"main\":0.2}}");
        AppPreferences p = AppPreferences.load(file);
        assertEquals(1.0, p.zoom());
        assertEquals(Themes.DARK, p.theme());
        assertEquals(1, p.recent().size());
        assertEquals(0.2, p.divider("main"));
    }

    @Test
    void anAbsurdZoomIsClamped() throws Exception {
        Path file = Files.writeString(dir.resolve("preferences.json"), "{\"format\":1,\"zoom\":55}");
        assertEquals(3.0, AppPreferences.load(file).zoom());
    }
}
