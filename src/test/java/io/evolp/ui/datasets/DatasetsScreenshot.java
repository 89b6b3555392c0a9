package io.evolp.ui.datasets;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders the Datasets screen to {@code target/screenshots/datasets-*.png}: two datasets open
 * through the controller, the rows filtered to one key and sorted, and the per-key summary. Not
 * part of the normal run: {@code mvn -o test -Dtest=DatasetsScreenshot -Devolp.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "evolp.screenshots", matches = "true")
class DatasetsScreenshot {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskRunner tasks;
    private DatasetsScreen screen;
    private Scene scene;

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(dialogs);
        screen = new DatasetsScreen(new UiContext(new Workspace(), tasks, dialogs));
        scene = new Scene((Region) screen.view(), 1240, 760);
        scene.getStylesheets().add(getClass().getResource("/io/evolp/ui/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        DatasetsModel model = screen.model();
        robot.interact(() -> screen.controller().importFiles(List.of(DatasetsScreenTest.BAD)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.rows().length == 2);
        robot.interact(() -> screen.controller().importFiles(List.of(DatasetsScreenTest.NANO)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.rows().length == 2994);
        int key = model.summary().stream().filter(s -> s.rows() == 256).findFirst().orElseThrow().keyId();
        robot.interact(() -> screen.controller().filterKey(key));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.rows().length == 256);
        RowColumn latency = model.query().columns().stream().filter(c -> c.header().equals("latency (ms)")).findFirst().orElseThrow();
        robot.interact(() -> screen.controller().sort(latency, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.query().sortColumn() == latency
                && robot.lookup("#rowCount").queryLabeled().getText().equals("256 of 2,994 rows"));
        snapshot(dir.resolve("datasets-rows.png"));

        robot.interact(() -> ((TabPane) scene.lookup("#datasetTabs")).getSelectionModel().select(1));
        snapshot(dir.resolve("datasets-summary.png"));
    }

    private void snapshot(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }
}
