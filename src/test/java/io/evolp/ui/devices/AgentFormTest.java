package io.evolp.ui.devices;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Add remote agent" checks its fields as they are typed: a bad port disables Add and says why. */
@ExtendWith(ApplicationExtension.class)
class AgentFormTest {

    private final List<String> added = new ArrayList<>();

    private AgentForm form;

    @Start
    void start(Stage stage) {
        form = new AgentForm((spec, token) -> added.add(spec + " " + token), () -> { });
        stage.setScene(new Scene(form, 700, 500));
        stage.show();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.doubleClickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String reason(FxRobot robot) {
        return robot.lookup("#agent-form-error").queryAs(Label.class).getText();
    }

    @Test
    void aBadPortDisablesAddAndSaysWhyOnTheField(FxRobot robot) {
        Button add = robot.lookup("#agent-add").queryAs(Button.class);
        assertTrue(add.isDisabled(), "no host yet");
        type(robot, "#agent-host", "jetson.local");
        assertFalse(add.isDisabled(), reason(robot));

        type(robot, "#agent-port", "70000");
        assertTrue(add.isDisabled());
        assertEquals("Agent port must be 1–65535, not 70000", reason(robot));
        TextField port = robot.lookup("#agent-port").queryAs(TextField.class);
        var onField = form.validation().getHighestMessage(port);
        assertTrue(onField.isPresent(), "the reason sits on the field");
        assertEquals("Agent port must be 1–65535, not 70000", onField.get().getText());

        type(robot, "#agent-port", "7878");
        assertFalse(add.isDisabled());
        assertTrue(reason(robot).isEmpty(), reason(robot));
        robot.clickOn("#agent-add");
        assertEquals(List.of("agent:jetson.local:7878 null"), added);
    }

    @Test
    void theSshPortCountsOnlyWhenTheTunnelIsChosen(FxRobot robot) {
        type(robot, "#agent-host", "jetson");
        robot.clickOn("#agent-ssh");
        type(robot, "#agent-ssh-port", "abc");
        Button add = robot.lookup("#agent-add").queryAs(Button.class);
        assertTrue(add.isDisabled());
        assertTrue(reason(robot).contains("SSH port must be a number"), reason(robot));
        robot.clickOn("#agent-ssh");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(add.isDisabled(), reason(robot));
    }
}
