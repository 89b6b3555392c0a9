package io.evolp.ui.predictors;

import javafx.beans.property.SimpleStringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In both themes the chosen segment of a two-way choice is clearly told from the other: its fill, as
 * drawn, differs in luminance by a contrast ratio of at least 1.8 (Modena's grey in the dark theme drew
 * about 1.2), and after a click the choice moves. Snapshots go to {@code -Dscreenshots.dir} when set.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentContrastTest {

    private final SimpleStringProperty choice = new SimpleStringProperty("a");
    private Scene scene;
    private ToggleButton a;
    private ToggleButton b;

    @Start
    void start(Stage stage) {
        a = ChoiceToggle.of("Random rows", "seg-a", "a", choice, "a");
        b = ChoiceToggle.of("Active rows", "seg-b", "b", choice, "b");
        StackPane root = new StackPane(new SegmentedButton(a, b));
        scene = new Scene(root, 320, 80);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theChosenSegmentStandsOutInBothThemes(FxRobot robot) throws Exception {
        for (String theme : new String[]{"light", "dark"}) {
            robot.interact(() -> scene.getStylesheets().setAll(getClass().getResource("/io/evolp/ui/" + theme + ".css").toExternalForm()));
            robot.interact(() -> choice.set("a"));
            robot.moveTo(robot.point(0, 0)); // no hover on either
            double first = contrast(theme + "-a");
            robot.clickOn("#seg-b");
            assertTrue(choice.get().equals("b") && b.isSelected() && !a.isSelected());
            robot.moveTo(robot.point(0, 0));
            double second = contrast(theme + "-b");
            assertTrue(first >= 1.8 && second >= 1.8, theme + ": contrast chosen/other " + first + ", " + second);
            System.out.printf("%s theme: chosen vs other segment fill contrast %.2f / %.2f%n", theme, first, second);
        }
    }

    /** Luminance contrast ratio of the chosen segment's fill against the other's, as drawn. */
    private double contrast(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, "segment-" + name + ".png").toFile());
        }
        ToggleButton chosen = a.isSelected() ? a : b, other = chosen == a ? b : a;
        double l1 = luminance(fill(img, chosen)), l2 = luminance(fill(img, other));
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** A pixel of the button's fill: a few px inside its left edge, at mid height (clear of the text). */
    private static Color fill(WritableImage img, ToggleButton t) throws Exception {
        Bounds s = WaitForAsyncUtils.asyncFx(() -> t.localToScene(t.getBoundsInLocal())).get();
        return img.getPixelReader().getColor((int) s.getMinX() + 4, (int) s.getCenterY());
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
