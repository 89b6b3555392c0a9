package io.evolp.ui.devices;

import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Try-it result belongs to its source: choosing another source clears it (window-free, simulated sources). */
class TryItSwitchTest {

    private Workspace ws;
    private DevicesModel model;
    private DevicesController controller;

    @BeforeEach
    void setUp() {
        ws = new Workspace();
        model = new DevicesModel(ws.sources());
        controller = new DevicesController(ws, new SyncTaskRunner(), new ScriptedDialogs(), Runnable::run, DeviceSetup::open, model);
    }

    @AfterEach
    void tearDown() {
        controller.close();
    }

    @Test
    void switchingTheSourceClearsTheResult() {
        controller.select("simulated:tx2");
        model.tryArch().set("mobilenetv1");
        controller.tryIt("simulated:tx2");
        assertTrue(model.tryResult().get().contains("SIMULATED"), model.tryResult().get());
        controller.select("simulated:nano");
        assertEquals(DevicesModel.TRY_PROMPT, model.tryResult().get());
        controller.tryIt("simulated:nano");
        assertTrue(model.tryResult().get().startsWith("mobilenetv1 on simulated:nano"), model.tryResult().get());
        controller.select("simulated:nano"); // the same source again keeps it
        assertTrue(model.tryResult().get().startsWith("mobilenetv1 on simulated:nano"));
    }
}
