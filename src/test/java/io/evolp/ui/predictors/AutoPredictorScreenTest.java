package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
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

import static org.junit.jupiter.api.Assertions.*;

/** The default entry on the Predictors screen is auto; after training it names its choice and shows the CV table. */
@ExtendWith(ApplicationExtension.class)
class AutoPredictorScreenTest {

    private UiContext ctx;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        LayerDataset all = DatasetCsvReader.read(PredictorsScreenTest.SAMPLE, null).dataset();
        LayerDataset small = all.filter(r -> r % 12 == 0); // ~250 rows keep the test quick
        ctx.workspace().datasets().add(new DatasetEntry("mobilenet-small", null, small, List.of(), 0));
        PredictorsScreen screen = new PredictorsScreen(ctx);
        scene = new Scene((javafx.scene.Parent) screen.view(), 1240, 780);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void autoIsTheDefaultAndShowsWhatItChose(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#kind-auto").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#kind-evolp").queryAs(CheckBox.class).isSelected());
        assertNotNull(robot.lookup("#feature-info").queryAs(Label.class).getTooltip());
        assertTrue(robot.lookup("#feature-info").queryAs(Label.class).getTooltip().getText().contains("cin_mod4"));
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> ctx.workspace().predictors().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        String name = ctx.workspace().predictors().get(0).name();
        assertTrue(name.startsWith("auto → "), name);
        String details = robot.lookup("#auto-details").queryAs(Label.class).getText();
        assertTrue(details.contains("auto chose") && details.contains("MAPE%") && details.contains("hybrid/blend"), details);
        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, "predictors-auto.png").toFile());
        }
    }
}
