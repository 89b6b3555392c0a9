package io.evolp.ui.compression;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.io.onnx.OnnxImport;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.workflow.export.PruningPlan;
import io.evolp.workflow.export.PruningPlanJson;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a step on a model imported from ONNX, the Session menu exports the pruning plan and the pruned ONNX. */
@ExtendWith(ApplicationExtension.class)
class CompressionPruneExportScreenTest extends CompressionScreenFixture {

    private Path onnx;

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
        int[] w = Arrays.stream(Zoo.get("mobilenetv1").fullWidths()).map(x -> Math.max(1, x / 8)).toArray();
        onnx = tmp.resolve("tiny.onnx");
        Files.write(onnx, OnnxExport.model(Zoo.model("mobilenetv1", w)));
        ModelSpec imported = OnnxImport.read(onnx).model();
        workspace.models().add(new ModelEntry("tiny", onnx, imported));
    }

    @Test
    void exportsThePlanAndThePrunedOnnxWithAClearMessage(FxRobot robot) throws Exception {
        robot.interact(() -> {
            screen.setup().source().box().getSelectionModel().select("simulated:tx2");
            // File ▸ Import model… put it in the workspace; the model chooser offers it by name.
            screen.setup().model().box().getSelectionModel().select("imported: tiny");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "imported: tiny".equals(screen.setup().model().label()));
        waitForPlan();
        robot.clickOn("#sessionMenu");
        assertTrue(item(robot, "#exportPruningPlan").isDisable() && item(robot, "#exportPrunedOnnx").isDisable(),
                "nothing to export before a session");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> screen.log().rows() == 1);
        waitIdle();

        Path plan = tmp.resolve("plan.json"), pruned = tmp.resolve("pruned.onnx");
        dialogs.answerFile(plan);
        robot.clickOn("#sessionMenu").clickOn("Export pruning plan…");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(plan) && !dialogs.infos.isEmpty());
        PruningPlan p = PruningPlanJson.read(plan);
        assertEquals(27, p.layers().size());
        assertEquals(tmp.resolve("tiny.onnx").toString(), p.source());
        assertEquals(1, p.measurements().size());

        dialogs.answerFile(pruned);
        robot.clickOn("#sessionMenu").clickOn("Export pruned ONNX…");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(pruned) && dialogs.infos.size() == 2);
        waitIdle();
        assertTrue(dialogs.infos.get(1).startsWith("Pruned ONNX exported: Wrote pruned.onnx:"), dialogs.infos.get(1));
        try (OrtSession s = OrtEnvironment.getEnvironment().createSession(pruned.toString(), new OrtSession.SessionOptions())) {
            assertEquals(1, s.getOutputInfo().size());
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuButton b = robot.lookup("#sessionMenu").queryAs(MenuButton.class);
        return b.getItems().stream().filter(i -> id.substring(1).equals(i.getId())).findFirst().orElseThrow();
    }
}
