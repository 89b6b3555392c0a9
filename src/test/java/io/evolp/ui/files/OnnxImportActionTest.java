package io.evolp.ui.files;

import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Import model… and drag and drop accept .onnx: the convs, their input sizes and BN γ arrive as a model entry. */
@ExtendWith(ApplicationExtension.class)
class OnnxImportActionTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> status = new CopyOnWriteArrayList<>();
    private Workspace ws;
    private FxTaskRunner tasks;
    private ImportActions imports;
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        imports = new ImportActions(new UiContext(ws, tasks, dialogs), status::add);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        // On the FX thread: stopping the tasks' Timeline elsewhere races the pulse loop.
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
    }

    @Test
    void anExportedVgg16AtHalfWidthIsImportedThroughTheMenuAction(FxRobot robot) throws Exception {
        int[] half = Zoo.get("vgg16").fullWidths().clone();
        for (int i = 0; i < half.length; i++) half[i] = Math.max(1, half[i] / 2);
        ModelSpec vgg = Zoo.model("vgg16", half);
        Path file = dir.resolve("vgg16-half.onnx");
        Files.write(file, OnnxExport.model(vgg));
        assertEquals(FileKind.Kind.MODEL, FileKind.of(file).kind(), "a dropped .onnx is a model to import");

        dialogs.answerFile(file);
        robot.interact(() -> imports.importModel());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ws.models().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        ModelSpec m = ws.models().get(0).model();
        assertEquals("vgg16-half", ws.models().get(0).name());
        assertEquals(13, m.convs().size());
        assertEquals(vgg.convs(), m.convs(), "same layers, same input sizes");
        assertEquals(13, m.gammas().size(), "BN γ kept with the model for importance");
        assertTrue(status.get(status.size() - 1).contains("13 convs"), status.toString());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aFileThatIsNotOnnxIsOneLineNamingTheFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.onnx");
        Files.writeString(file, "this is not a protobuf");
        robot.interact(() -> { imports.importModel(file); });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        String e = dialogs.errors.get(0);
        assertTrue(e.contains("broken.onnx"), e);
        assertFalse(e.contains("\n") || e.contains("Exception"), e);
        assertTrue(ws.models().isEmpty());
    }
}
