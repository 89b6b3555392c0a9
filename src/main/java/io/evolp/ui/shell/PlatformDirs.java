package io.evolp.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workbench keeps its own files — never inside the installation, which may be read-only:
 * <ul>
 *   <li>settings (preferences, recent projects): Linux {@code $XDG_CONFIG_HOME/evolp-workbench}
 *       (default {@code ~/.config/evolp-workbench}); Windows {@code %APPDATA%\EvoLP Workbench};
 *       macOS {@code ~/Library/Application Support/EvoLP Workbench};</li>
 *   <li>logs: Linux {@code $XDG_STATE_HOME/evolp-workbench} (default {@code ~/.local/state/evolp-workbench});
 *       Windows {@code %LOCALAPPDATA%\EvoLP Workbench\logs}; macOS {@code ~/Library/Logs/EvoLP Workbench}.</li>
 * </ul>
 */
public final class PlatformDirs {

    static final String NAME = "EvoLP Workbench";
    static final String XDG_NAME = "evolp-workbench";

    private PlatformDirs() {
    }

    public static Path config() {
        return config(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static Path logs() {
        return logs(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path config(String os, Map<String, String> env, Path home) {
        return switch (family(os)) {
            case WINDOWS -> base(env, "APPDATA", home.resolve("AppData").resolve("Roaming")).resolve(NAME);
            case MAC -> home.resolve("Library").resolve("Application Support").resolve(NAME);
            case OTHER -> base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(XDG_NAME);
        };
    }

    static Path logs(String os, Map<String, String> env, Path home) {
        return switch (family(os)) {
            case WINDOWS -> base(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve(NAME).resolve("logs");
            case MAC -> home.resolve("Library").resolve("Logs").resolve(NAME);
            case OTHER -> base(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(XDG_NAME);
        };
    }

    private enum Family { WINDOWS, MAC, OTHER }

    private static Family family(String os) {
        String o = os.toLowerCase(Locale.ROOT);
        return o.startsWith("windows") ? Family.WINDOWS : o.startsWith("mac") || o.contains("os x") ? Family.MAC : Family.OTHER;
    }

    /** The environment variable when set to an absolute path (the XDG rule), else the default. */
    private static Path base(Map<String, String> env, String var, Path fallback) {
        String v = env.get(var);
        if (v == null || v.isBlank()) return fallback;
        Path p = Path.of(v);
        return p.isAbsolute() ? p : fallback;
    }
}
