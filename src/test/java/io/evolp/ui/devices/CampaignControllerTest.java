package io.evolp.ui.devices;

import io.evolp.core.LayerConfig;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Campaigns without a window, on simulated devices: resume of an existing file, and a device that cannot open. */
class CampaignControllerTest {

    private final Workspace ws = new Workspace();
    private final CampaignModel model = new CampaignModel();
    @TempDir Path dir;

    private Path plan(int rows) throws Exception {
        List<LayerConfig> all = SamplingPlan.plan(Zoo.model("vgg16", null), 40);
        Path p = dir.resolve("plan-" + rows + ".csv");
        DatasetCsvWriter.writePlan(all.subList(0, rows), p);
        return p;
    }

    @Test
    void startingOnAnExistingFileResumesIt() throws Exception {
        CampaignController c = new CampaignController(ws, new SyncTaskRunner(), Runnable::run, DeviceSetup::open, model);
        Path out = dir.resolve("nano.csv");
        c.choosePlan(plan(2));
        c.chooseOutput(out);
        c.start("simulated:nano");
        assertTrue(model.state().get().startsWith("Finished: 2 of 2 rows"), model.state().get());

        c.choosePlan(plan(5));
        assertTrue(model.resumeNote().get().contains("2 data rows: Start resumes it"), model.resumeNote().get());
        c.start("simulated:nano");
        String s = model.state().get();
        assertTrue(s.startsWith("Finished: 5 of 5 rows") && s.contains("3 measured now, 2 resumed"), s);
        assertEquals(5, DatasetCsvReader.read(out, null).dataset().size());
    }

    @Test
    void aDeviceThatCannotOpenStopsTheCampaignWithTheReason() throws Exception {
        CampaignController c = new CampaignController(ws, new SyncTaskRunner(), Runnable::run, setup -> {
            throw new IllegalStateException("board not found on the bus");
        }, model);
        c.choosePlan(plan(2));
        c.chooseOutput(dir.resolve("x.csv"));
        c.start("simulated:tx2");
        assertTrue(model.state().get().startsWith("Campaign stopped: ") && model.state().get().contains("board not found"),
                model.state().get());
        assertTrue(model.stateError().get());
        assertFalse(c.isRunning());
        assertEquals(0.0, model.progress().get());
    }
}
