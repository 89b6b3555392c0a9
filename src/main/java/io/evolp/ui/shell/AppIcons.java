package io.evolp.ui.shell;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The application icon (icons/evolp.svg rendered by icons/build.sh) in the sizes window managers
 * pick from: title bar, task switcher, dock.
 */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    /** FX thread. */
    public static List<Image> images() {
        if (images == null) {
            List<Image> list = new ArrayList<>();
            for (int n : SIZES) {
                try (InputStream in = AppIcons.class.getResourceAsStream("/io/evolp/ui/icons/evolp-" + n + ".png")) {
                    if (in != null) list.add(new Image(in));
                } catch (IOException e) {
                    // a missing size only means the window manager scales another one
                }
            }
            images = List.copyOf(list);
        }
        return images;
    }

    public static void install(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
