package io.evolp.ui.compression;

import io.evolp.measure.MeasurementSource;
import io.evolp.measure.agent.AgentSource;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalSource;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.AgentTokens;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compression screen's source field with the real devices the Devices screen adds: choosing
 * {@code local} or an agent opens that device with the settings stored in the workspace and the
 * token kept in memory (the session's measurements then run there). Opening makes no connection.
 */
@ExtendWith(ApplicationExtension.class)
class DeviceSourceChoiceTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private FxTaskRunner tasks;
    private SourceField field;

    @Start
    void start(Stage stage) {
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        field = new SourceField(new UiContext(ws, tasks, dialogs));
        stage.setScene(new Scene(new StackPane(field.view()), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        // On the FX thread: stopping the tasks' Timeline elsewhere races the pulse loop.
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
    }

    @Test
    void localAndAgentAreOfferedAndOpenWithTheDevicesSettings(FxRobot robot) {
        String agent = "agent:127.0.0.1:7979";
        robot.interact(() -> {
            ws.sources().addAll("local", agent);
            DeviceSetup.storeSettings(ws.viewSettings(), "local", LocalSettings.defaults().withThreads(3).withRounds(2));
            DeviceSetup.storeSettings(ws.viewSettings(), agent, LocalSettings.defaults().withRepeats(7));
            AgentTokens.put(agent, "in-memory-token-123");
        });
        assertTrue(field.box().getItems().containsAll(java.util.List.of("local", agent)), field.box().getItems().toString());

        AtomicReference<SourceChoice> local = new AtomicReference<>();
        AtomicReference<SourceChoice> remote = new AtomicReference<>();
        robot.interact(() -> {
            field.box().getSelectionModel().select("local");
            local.set(field.choice());
            field.box().getSelectionModel().select(agent);
            remote.set(field.choice());
        });
        try (MeasurementSource s = local.get().open()) {
            LocalSource l = assertInstanceOf(LocalSource.class, s);
            assertEquals(3, l.settings().intraOpThreads());
            assertEquals(2, l.settings().rounds());
        }
        try (MeasurementSource s = remote.get().open()) {
            AgentSource a = assertInstanceOf(AgentSource.class, s);
            assertEquals(agent, a.id());
            assertEquals(7, a.settings().repeats());
        }
        assertEquals("in-memory-token-123", remote.get().device().token());
        assertTrue(ws.viewSettings().values().stream().noneMatch(v -> v.contains("in-memory-token")), "no token in the project");
        assertNull(SourceChoice.simulated("simulated:tx2").device());
        AgentTokens.put(agent, null);
    }
}
