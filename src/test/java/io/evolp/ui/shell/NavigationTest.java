package io.evolp.ui.shell;

import io.evolp.ui.common.Screen;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The navigation alone: one toggle per screen, exactly one selected, clicks report the index. */
@ExtendWith(ApplicationExtension.class)
class NavigationTest {

    private final List<Integer> chosen = new ArrayList<>();
    private Navigation nav;

    private record Named(String title) implements Screen {
        @Override public Node view() { return new Label(title); }
    }

    @Start
    void start(Stage stage) {
        nav = new Navigation(List.of(new Named("Datasets"), new Named("Predictors"), new Named("Devices")), chosen::add);
        stage.setScene(new Scene(nav, 200, 200));
        stage.show();
    }

    @Test
    void oneToggleAScreenWithAnIdFromItsTitle(FxRobot robot) {
        assertEquals(3, nav.getChildren().size());
        assertEquals("Predictors", robot.lookup("#nav-predictors").queryAs(ToggleButton.class).getText());
    }

    @Test
    void clickingAScreenReportsItsIndexAndReclickingKeepsItSelected(FxRobot robot) {
        robot.clickOn("#nav-devices");
        assertEquals(List.of(2), chosen);
        robot.clickOn("#nav-devices"); // a toggle would deselect itself; the navigation keeps it
        assertTrue(robot.lookup("#nav-devices").queryAs(ToggleButton.class).isSelected());
        assertEquals(2, chosen.get(chosen.size() - 1));
        robot.interact(() -> nav.select(0));
        assertEquals(0, chosen.get(chosen.size() - 1));
        assertTrue(robot.lookup("#nav-datasets").queryAs(ToggleButton.class).isSelected());
        assertEquals(1, nav.getChildren().stream().filter(n -> ((ToggleButton) n).isSelected()).count());
    }
}
