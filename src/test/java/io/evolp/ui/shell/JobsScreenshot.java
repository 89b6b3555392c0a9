package io.evolp.ui.shell;

import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A picture of the window with its popups (the jobs list is a popup window, which a scene snapshot
 * misses, and headless Monocle cannot capture the screen): each showing window's scene snapshot is
 * drawn where it sits relative to the stage.
 */
final class JobsScreenshot {

    private JobsScreenshot() {
    }

    static void write(FxRobot robot, Stage stage, Path file) {
        robot.interact(() -> {
            BufferedImage out = new BufferedImage((int) stage.getScene().getWidth(), (int) stage.getScene().getHeight(),
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = out.createGraphics();
            g.drawImage(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), 0, 0, null);
            double x0 = stage.getX() + stage.getScene().getX(), y0 = stage.getY() + stage.getScene().getY();
            for (Window w : Window.getWindows()) {
                if (w == stage || !w.isShowing() || w.getScene() == null) continue;
                var transparent = new javafx.scene.SnapshotParameters();
                transparent.setFill(javafx.scene.paint.Color.TRANSPARENT); // a popup's window is see-through around its shape
                var img = SwingFXUtils.fromFXImage(w.getScene().getRoot().snapshot(transparent, null), null);
                g.drawImage(img, (int) (w.getX() + w.getScene().getX() - x0), (int) (w.getY() + w.getScene().getY() - y0), null);
            }
            g.dispose();
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(out, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
