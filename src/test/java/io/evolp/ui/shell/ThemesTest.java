package io.evolp.ui.shell;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Light and dark: unknown names fall back to light; switching keeps the scene's other stylesheets. */
@ExtendWith(ApplicationExtension.class)
class ThemesTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new Pane(), 100, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void namesAreNormalised() {
        assertEquals(Themes.DARK, Themes.normalise(" Dark "));
        assertEquals(Themes.LIGHT, Themes.normalise("solarized"));
        assertEquals(Themes.LIGHT, Themes.normalise(null));
        assertNotEquals(Themes.stylesheet(Themes.LIGHT), Themes.stylesheet(Themes.DARK));
        assertEquals(Themes.stylesheet(Themes.LIGHT), Themes.stylesheet("anything"));
    }

    @Test
    void switchingReplacesOnlyTheThemeSheet(FxRobot robot) {
        String extra = "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(".extra { -fx-padding: 1; }".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        robot.interact(() -> {
            scene.getStylesheets().add(extra);
            Themes.apply(scene, Themes.LIGHT);
            Themes.apply(scene, Themes.DARK);
        });
        assertEquals(List.of(Themes.stylesheet(Themes.DARK), extra), List.copyOf(scene.getStylesheets()));
    }
}
