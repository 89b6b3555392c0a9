package io.evolp.ui.welcome;

import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The welcome view follows its model: sample buttons, the recent list, the chosen architecture. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private final WelcomeModel model = new WelcomeModel();
    private final FakeHost host = new FakeHost();

    @Start
    void start(Stage stage) {
        WelcomeController c = new WelcomeController(new Workspace(), new SyncTaskRunner(), new ScriptedDialogs(), host, model);
        WelcomeView view = new WelcomeView(model, c);
        stage.setScene(new Scene((ScrollPane) view.root(), 1000, 760));
        stage.show();
    }

    @Test
    void withoutSampleDataTheSampleButtonsAreOffAndSayWhy(FxRobot robot) {
        robot.interact(() -> model.sampleDataProperty().set(null));
        for (String id : List.of("#welcome-classroom", "#welcome-sample", "#welcome-start")) {
            assertTrue(robot.lookup(id).queryAs(Button.class).isDisabled(), id);
        }
        assertFalse(robot.lookup("#welcome-import").queryAs(Button.class).isDisabled(), "importing needs no samples");
        assertTrue(robot.lookup(".error-text").queryAs(Label.class).getText().contains("sample-data folder was not found"));
        robot.interact(() -> model.sampleDataProperty().set(Path.of("sample-data")));
        assertFalse(robot.lookup("#welcome-sample").queryAs(Button.class).isDisabled());
        assertEquals("", robot.lookup(".error-text").queryAs(Label.class).getText());
    }

    @Test
    void recentProjectsAreLinksAndMissingOnesAreOff(FxRobot robot) {
        Path there = Path.of("sample-data/sample.evolp.json").toAbsolutePath(), gone = Path.of("/no/such/gone.evolp.json");
        robot.interact(() -> model.recentProjects().setAll(there, gone));
        List<Hyperlink> links = robot.lookup("#welcome-recent .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        assertEquals(2, links.size());
        assertEquals("sample.evolp.json", links.get(0).getText());
        assertTrue(links.get(1).isDisabled() && links.get(1).getText().endsWith("(missing)"));
        robot.clickOn(links.get(0));
        assertEquals(List.of("openRecent " + there), host.calls);
    }

    @Test
    void theArchitectureListAndTheModelAgree(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Starter> arch = robot.lookup("#welcome-architecture").queryAs(ComboBox.class);
        assertEquals(Starter.ALL.get(0), arch.getValue());
        robot.interact(() -> arch.setValue(Starter.ALL.get(2)));
        assertEquals(Starter.ALL.get(2), model.starterProperty().get());
        robot.interact(() -> model.starterProperty().set(Starter.ALL.get(1)));
        assertEquals(Starter.ALL.get(1), arch.getValue());
    }
}
