package io.evolp.ui.shell;

import io.evolp.ui.compression.CompressionScreen;
import io.evolp.ui.welcome.ClassroomDemo;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first-run page: shown on an empty workspace, and every button does what it says. */
@ExtendWith(ApplicationExtension.class)
class WelcomeScreenTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    @Test
    void anEmptyWorkspaceShowsTheWelcomeAndNewShowsItAgain(FxRobot robot) {
        assertTrue(window.welcomeShown());
        assertTrue(robot.lookup("#welcome-classroom").tryQuery().orElseThrow().isVisible());
        robot.clickOn("#welcome-sample");
        waitFor(() -> ws.predictors().size() == 3 && !window.welcomeShown());
        assertEquals(2, ws.datasets().size());
        assertNull(ws.projectFileProperty().get(), "the sample opens untitled: Save must not overwrite it");
        assertFalse(ws.isDirty());
        assertEquals(0, window.selectedIndex(), "the Datasets screen shows what was opened");
        fx(robot, () -> window.project().newProject());
        assertTrue(window.welcomeShown(), "File ▸ New empties the workspace: the welcome page again");
    }

    @Test
    void choosingAScreenLeavesTheWelcomeAndHelpWelcomeBringsItBack(FxRobot robot) {
        robot.clickOn("#nav-datasets"); // the screen underneath: choosing it still leaves the page
        assertFalse(window.welcomeShown());
        robot.clickOn("Help").clickOn("#menu-welcome");
        assertTrue(window.welcomeShown());
        robot.clickOn("#nav-devices");
        assertFalse(window.welcomeShown());
        assertTrue(robot.lookup("#device-list").tryQuery().isPresent());
    }

    @Test
    void importADatasetUsesTheFileChooser(FxRobot robot) {
        dialogs.scripted.answerFiles(List.of(SAMPLES.resolve("vgg16-simulated-tx2.csv")));
        robot.clickOn("#welcome-import");
        waitFor(() -> ws.datasets().size() == 1 && !window.welcomeShown());
        assertEquals("vgg16-simulated-tx2", ws.datasets().get(0).name());
        assertEquals(0, window.selectedIndex());
    }

    @Test
    void startFromABuiltInArchitectureTrainsAndOpensCompression(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> arch = robot.lookup("#welcome-architecture").queryAs(ComboBox.class);
        fx(robot, () -> arch.getSelectionModel().select(2)); // MobileNetV1 on the simulated Nano
        robot.clickOn("#welcome-start");
        waitFor(() -> ws.predictors().size() == 1 && window.current() instanceof CompressionScreen, 60);
        assertEquals("mobilenetv1-simulated-nano", ws.datasets().get(0).name());
        assertEquals("evolp", ws.predictors().get(0).kind());
        assertEquals("mobilenetv1", robot.lookup("#modelChoice").queryAs(ComboBox.class).getValue());
        assertEquals("simulated:nano", robot.lookup("#sourceChoice").queryAs(ComboBox.class).getValue());
        assertEquals(ws.predictors().get(0), robot.lookup("#predictorChoice").queryAs(ComboBox.class).getValue());
        assertTrue(dialogs.scripted.errors.isEmpty(), dialogs.scripted.errors.toString());
    }

    @Test
    void theClassroomDemoEvolvesTheSamplePredictorStepByStep(FxRobot robot) {
        fx(robot, () -> window.welcome().model().demoProperty().set(new ClassroomDemo(0.5, 0, 0.4)));
        robot.clickOn("#welcome-classroom");
        // The sample project is read in the background before the Compression screen shows.
        waitFor(() -> window.current() instanceof CompressionScreen && robot.lookup("#stepLog").tryQuery().isPresent());
        TableView<?> log = robot.lookup("#stepLog").queryAs(TableView.class);
        waitFor(() -> log.getItems().size() >= 2);
        assertEquals(0.5, robot.lookup("#paceSlider").queryAs(Slider.class).getValue(), 1e-9);
        assertEquals("vgg16", robot.lookup("#modelChoice").queryAs(ComboBox.class).getValue());
        assertEquals("simulated:tx2", robot.lookup("#sourceChoice").queryAs(ComboBox.class).getValue());
        assertEquals("demo γ (seeded random)", robot.lookup("#importanceChoice").queryAs(ComboBox.class).getValue());
        assertEquals(ClassroomDemo.PREDICTOR, String.valueOf(robot.lookup("#predictorChoice").queryAs(ComboBox.class).getValue()));
        assertTrue(dialogs.scripted.errors.isEmpty(), dialogs.scripted.errors.toString());
    }

    @Test
    void recentProjectsAreListedAndOpen(FxRobot robot) throws Exception {
        Path mine = dir.resolve("mine.evolp.json");
        Files.copy(SAMPLES.resolve("sample.evolp.json"), mine);
        fx(robot, () -> {
            window.preferences().addRecent(mine);
            window.showWelcome(); // re-reads the list
        });
        Hyperlink link = robot.lookup("#welcome-recent .hyperlink").queryAs(Hyperlink.class);
        assertEquals("mine.evolp.json", link.getText());
        robot.clickOn(link);
        waitFor(() -> mine.toAbsolutePath().normalize().equals(ws.projectFileProperty().get()) && !window.welcomeShown());
        assertEquals(3, ws.predictors().size());
    }
}
