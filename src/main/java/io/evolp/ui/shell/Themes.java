package io.evolp.ui.shell;

import javafx.scene.Scene;

import java.util.Objects;

/**
 * Light and dark theme: one stylesheet each under {@code io/evolp/ui/}. Switching replaces the
 * theme stylesheet of the scene and leaves any other stylesheet alone.
 */
public final class Themes {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private Themes() {
    }

    static String normalise(String theme) {
        return DARK.equalsIgnoreCase(theme == null ? "" : theme.trim()) ? DARK : LIGHT;
    }

    /** URL of the theme's stylesheet. */
    public static String stylesheet(String theme) {
        String name = "/io/evolp/ui/" + normalise(theme) + ".css";
        return Objects.requireNonNull(Themes.class.getResource(name), name).toExternalForm();
    }

    public static void apply(Scene scene, String theme) {
        String light = stylesheet(LIGHT), dark = stylesheet(DARK);
        scene.getStylesheets().removeAll(light, dark);
        scene.getStylesheets().add(0, stylesheet(theme));
    }
}
