package io.evolp.ui.shell;

import io.evolp.ui.welcome.SampleData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings and logs go to each platform's own folders; the sample data is found from a checkout. */
class PlatformDirsTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsXdgWithItsDefaults() {
        assertEquals(Path.of("/home/ada/.config/evolp-workbench"), PlatformDirs.config("Linux", Map.of(), HOME));
        assertEquals(Path.of("/x/cfg/evolp-workbench"), PlatformDirs.config("Linux", Map.of("XDG_CONFIG_HOME", "/x/cfg"), HOME));
        assertEquals(Path.of("/home/ada/.config/evolp-workbench"),
                PlatformDirs.config("Linux", Map.of("XDG_CONFIG_HOME", "relative"), HOME), "XDG: relative paths are ignored");
        assertEquals(Path.of("/home/ada/.local/state/evolp-workbench"), PlatformDirs.logs("Linux", Map.of(), HOME));
        assertEquals(Path.of("/s/evolp-workbench"), PlatformDirs.logs("Linux", Map.of("XDG_STATE_HOME", "/s"), HOME));
    }

    @Test
    void windowsUsesAppDataAndMacOsItsLibrary() {
        Path appData = Path.of("/users/ada/AppData/Roaming"); // absolute on this (Unix) test machine
        assertEquals(appData.resolve("EvoLP Workbench"),
                PlatformDirs.config("Windows 11", Map.of("APPDATA", appData.toString()), HOME));
        assertEquals(Path.of("/l/EvoLP Workbench/logs"), PlatformDirs.logs("Windows 10", Map.of("LOCALAPPDATA", "/l"), HOME));
        assertEquals(Path.of("/home/ada/Library/Application Support/EvoLP Workbench"), PlatformDirs.config("Mac OS X", Map.of(), HOME));
        assertEquals(Path.of("/home/ada/Library/Logs/EvoLP Workbench"), PlatformDirs.logs("Mac OS X", Map.of(), HOME));
    }

    @Test
    void theSampleProjectIsFoundFromTheSourceCheckout() {
        Path dir = SampleData.locate().orElseThrow();
        assertTrue(Files.isRegularFile(dir.resolve(SampleData.PROJECT)));
        assertEquals(Path.of("sample-data").toAbsolutePath().normalize(), dir.toAbsolutePath().normalize());
    }
}
