package io.evolp.ui.shell;

import io.evolp.ui.datasets.DatasetsScreen;
import io.evolp.ui.workspace.DatasetEntry;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After File ▸ Import or a drop, the window switches to the Datasets screen with the new dataset selected. */
@ExtendWith(ApplicationExtension.class)
class ImportRevealTest extends ShellTestBase {

    private static final Path FIRST = SAMPLES.resolve("measured/vgg16-local-cpu.csv");
    private static final Path SECOND = SAMPLES.resolve("measured/resnet50-local-cpu.csv");

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    private DatasetsScreen datasets() {
        return (DatasetsScreen) window.screens().get(0);
    }

    @Test
    void importedDatasetsAreShownAndSelectedWhereverTheUserWas(FxRobot robot) {
        dialogs.scripted.answerFiles(List.of(FIRST));
        robot.clickOn("File").clickOn("#menu-import-dataset");
        waitFor(() -> ws.datasets().size() == 1);
        fx(robot, () -> window.select(1)); // the user goes on to Predictors
        assertEquals("Predictors", window.current().title());

        fx(robot, () -> window.open(List.of(SECOND))); // a drop
        waitFor(() -> ws.datasets().size() == 2 && window.current() instanceof DatasetsScreen
                && datasets().model().selected() == ws.datasets().get(1));
        DatasetEntry second = ws.datasets().get(1);
        assertEquals("resnet50-local-cpu", second.name());

        fx(robot, () -> window.select(2));
        dialogs.scripted.answerFiles(List.of(FIRST)); // the same file again: a second entry, selected
        robot.clickOn("File").clickOn("#menu-import-dataset");
        waitFor(() -> ws.datasets().size() == 3 && window.current() instanceof DatasetsScreen
                && datasets().model().selected() == ws.datasets().get(2));
    }
}
