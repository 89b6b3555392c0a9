package io.evolp.io.prefs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PreferencesFileTest {

    @TempDir
    Path dir;

    @Test
    void roundTrips() throws Exception {
        PreferencesFile f = new PreferencesFile(1, new PreferencesFile.Window(10.0, 20.0, 800.0, 600.0, true), "dark",
                List.of("/a/b.evolp.json"), Map.of("main", 0.3));
        Path file = dir.resolve("preferences.json");
        f.write(file);
        assertEquals(f, PreferencesFile.read(file));
        assertTrue(Files.readString(file).endsWith("}\n"));
    }

    @Test
    void missingOrCorruptFilesAreNoFile() throws Exception {
        assertNull(PreferencesFile.read(dir.resolve("none.json")));
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"window\": {\"width\": ");
        assertNull(PreferencesFile.read(cut));
        Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"recent\": {\"a\": 1}}");
        assertNull(PreferencesFile.read(wrong));
    }

    @Test
    void absentPartsAreLeftOut() throws Exception {
        Path file = dir.resolve("p.json");
        new PreferencesFile(1, null, "light", List.of(), Map.of()).write(file);
        assertFalse(Files.readString(file).contains("window"));
    }
}
