package io.evolp.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Preferences round-trip through an isolated file; bad files fall back to defaults. */
class AppPreferencesTest {

    @TempDir
    Path dir;

    @Test
    void roundTripOfWindowThemeDividersAndRecentProjects() throws IOException {
        Path file = dir.resolve("cfg/preferences.json");
        AppPreferences p = AppPreferences.load(file);
        assertNull(p.window());
        assertEquals(Themes.LIGHT, p.theme());
        p.setWindow(new WindowState(10, 20, 1300, 850, true));
        p.setTheme("dark");
        p.setDivider("main", 0.2);
        for (int i = 0; i < 10; i++) p.addRecent(dir.resolve("p" + i + ".evolp.json"));
        p.addRecent(dir.resolve("p3.evolp.json")); // again: moves to the top, no duplicate
        p.save();

        AppPreferences back = AppPreferences.load(file);
        assertEquals(new WindowState(10, 20, 1300, 850, true), back.window());
        assertEquals(Themes.DARK, back.theme());
        assertEquals(0.2, back.divider("main"));
        assertEquals(AppPreferences.MAX_RECENT, back.recent().size());
        assertEquals(dir.resolve("p3.evolp.json"), back.recent().get(0));
        assertEquals(dir.resolve("p9.evolp.json"), back.recent().get(1));
    }

    @Test
    void aCorruptFileMeansDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("preferences.json"), "{\"window\": {\"width\": ");
        AppPreferences p = AppPreferences.load(file);
        assertNull(p.window());
        assertEquals(Themes.LIGHT, p.theme());
        assertEquals(0, p.recent().size());
    }
}
