package io.evolp.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window opens with the product's title (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchShellTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new WorkbenchApp().start(stage);
    }

    @Test
    void mainWindowHasTitleAndPointsToTheCommandLine(FxRobot robot) {
        assertEquals("EvoLP Workbench", stage.getTitle());
        assertTrue(stage.isShowing());
        Label label = robot.lookup("#placeholder").queryAs(Label.class);
        assertTrue(label.getText().contains("command line"), label.getText());
    }
}
