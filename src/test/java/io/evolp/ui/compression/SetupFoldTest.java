package io.evolp.ui.compression;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Setup column folds away for the charts: by the user's toggle, and by itself at presentation text size. */
@ExtendWith(ApplicationExtension.class)
class SetupFoldTest extends CompressionScreenFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private SplitPane split(FxRobot robot) {
        return robot.lookup(n -> n instanceof SplitPane).queryAs(SplitPane.class);
    }

    @Test
    void theUserFoldsAndUnfoldsTheSetupColumn(FxRobot robot) {
        ToggleButton fold = robot.lookup("#setupFoldButton").queryAs(ToggleButton.class);
        assertEquals(2, split(robot).getItems().size());
        assertEquals("Hide setup", fold.getText());
        robot.clickOn("#setupFoldButton");
        assertEquals(1, split(robot).getItems().size(), "only the charts side is left");
        assertEquals("Show setup", fold.getText());
        robot.clickOn("#setupFoldButton");
        assertEquals(2, split(robot).getItems().size());
        assertEquals("Hide setup", fold.getText());
    }

    @Test
    void presentationSizedTextFoldsItAndNormalTextBringsItBack(FxRobot robot) {
        Node root = robot.lookup("#compressionScreen").query();
        robot.interact(() -> root.setStyle("-fx-font-size: 20px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#setupFoldButton").queryAs(ToggleButton.class).isSelected());
        assertEquals(1, split(robot).getItems().size());
        // However long the text above them, the charts keep a readable share of the height.
        double chart = robot.lookup(n -> n instanceof org.jfree.chart.fx.ChartViewer).queryAll().stream()
                .mapToDouble(n -> n.getLayoutBounds().getHeight()).max().orElse(0);
        double scene = root.getScene().getHeight();
        assertTrue(chart >= 0.25 * scene, "chart height " + chart + " of " + scene);
        robot.interact(() -> root.setStyle("-fx-font-size: 13px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#setupFoldButton").queryAs(ToggleButton.class).isSelected());
        assertEquals(2, split(robot).getItems().size());
    }
}
