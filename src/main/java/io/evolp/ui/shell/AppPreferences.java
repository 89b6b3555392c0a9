package io.evolp.ui.shell;

import io.evolp.io.prefs.PreferencesFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workbench remembers across runs: window geometry, divider positions, theme, text zoom
 * and recent projects. One small JSON file (Cryptomator's habit: settings as a file, written atomically), at
 * {@link #defaultFile()} unless a test or the screenshot tool passes another one. A missing or
 * unreadable file just means defaults — preferences are never worth an error dialog at start-up.
 */
public final class AppPreferences {

    public static final int MAX_RECENT = 8;

    private final Path file;
    private WindowState window;
    private String theme = Themes.LIGHT;
    private double zoom = 1.0;
    private final List<Path> recent = new ArrayList<>();
    private final Map<String, Double> dividers = new LinkedHashMap<>();

    private AppPreferences(Path file) {
        this.file = file;
    }

    /**
     * {@code -Devolp.config.dir} if set, else the platform's settings folder ({@link PlatformDirs#config()}:
     * {@code $XDG_CONFIG_HOME/evolp-workbench} or {@code ~/.config/evolp-workbench} on Linux,
     * {@code %APPDATA%\EvoLP Workbench} on Windows, {@code ~/Library/Application Support/EvoLP Workbench}
     * on macOS); the file is {@code preferences.json} there.
     */
    public static Path defaultFile() {
        String dir = System.getProperty("evolp.config.dir");
        if (dir == null || dir.isBlank()) return PlatformDirs.config().resolve("preferences.json");
        return Path.of(dir).resolve("preferences.json");
    }

    /** Reads {@code file}; defaults for anything missing or unreadable. */
    public static AppPreferences load(Path file) {
        AppPreferences p = new AppPreferences(file);
        PreferencesFile f = PreferencesFile.read(file);
        if (f == null) return p; // corrupt or missing: defaults; the next save replaces the file
        try {
            fill(p, f);
        } catch (RuntimeException e) {
            return new AppPreferences(file); // e.g. a recent path this system cannot represent
        }
        return p;
    }

    private static void fill(AppPreferences p, PreferencesFile f) {
        p.window = WindowState.fromFile(f.window());
        if (f.theme() != null) p.theme = Themes.normalise(f.theme());
        p.zoom = TextZoom.clamp(f.zoom());
        if (f.recent() != null) {
            for (String r : f.recent()) {
                if (r != null && p.recent.size() < MAX_RECENT) p.recent.add(Path.of(r));
            }
        }
        if (f.dividers() != null) f.dividers().forEach((k, v) -> {
            if (v != null) p.dividers.put(k, v);
        });
    }

    public Path file() { return file; }

    /** Last window geometry, or null on the first run. */
    public WindowState window() { return window; }
    public void setWindow(WindowState w) { window = w; }

    public String theme() { return theme; }
    public void setTheme(String t) { theme = Themes.normalise(t); }

    /** The text zoom factor (Ctrl+Plus / Ctrl+Minus), 1 by default; presentation mode's boost is not kept. */
    public double zoom() { return zoom; }
    public void setZoom(double z) { zoom = TextZoom.clamp(z); }

    /** Recent projects, newest first. */
    public List<Path> recent() { return List.copyOf(recent); }

    /** Moves {@code project} to the top of the recent list (at most {@link #MAX_RECENT}). */
    public void addRecent(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > MAX_RECENT) recent.remove(recent.size() - 1);
    }

    public void removeRecent(Path project) {
        recent.remove(project.toAbsolutePath().normalize());
    }

    public Double divider(String name) { return dividers.get(name); }
    public void setDivider(String name, double position) { dividers.put(name, position); }

    /** Writes the file atomically. */
    public void save() throws IOException {
        List<String> r = new ArrayList<>();
        recent.forEach(p -> r.add(p.toString()));
        new PreferencesFile(1, window == null ? null : window.toFile(), theme, r, new LinkedHashMap<>(dividers),
                zoom).write(file);
    }
}
