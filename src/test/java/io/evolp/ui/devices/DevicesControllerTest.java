package io.evolp.ui.devices;

import io.evolp.core.LayerConfig;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.AgentTokens;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Devices screen's actions without a window: a synchronous runner, scripted dialogs and the
 * simulated devices (so every number here is simulated, and the tests say so by checking the flag).
 */
class DevicesControllerTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private DevicesModel model;
    private DevicesController controller;
    @TempDir Path dir;

    @BeforeEach
    void setUp() {
        ws = new Workspace();
        model = new DevicesModel(ws.sources());
        controller = new DevicesController(ws, new SyncTaskRunner(), dialogs, Runnable::run, DeviceSetup::open, model);
    }

    @AfterEach
    void tearDown() {
        controller.close();
    }

    @Test
    void addingLocalAndAnAgentListsThemWithSettingsAndTokenAndRemoveForgetsThem() {
        controller.addLocal();
        assertTrue(ws.sources().contains("local"));
        assertEquals("local", model.selected().get());
        assertTrue(ws.viewSettings().get(DeviceSetup.SETTINGS_PREFIX + "local").startsWith("threads=1 opt=ALL"));

        controller.addAgent("agent:127.0.0.1:7999", "s3cret");
        assertEquals("agent:127.0.0.1:7999", model.selected().get());
        assertEquals("s3cret", AgentTokens.get("agent:127.0.0.1:7999"));
        assertEquals(5, ws.sources().size());

        controller.storeSettings("local", controller.settings("local").withWarmup(3));
        assertTrue(ws.viewSettings().get(DeviceSetup.SETTINGS_PREFIX + "local").contains("warmup=3"));

        controller.remove("agent:127.0.0.1:7999");
        assertFalse(ws.sources().contains("agent:127.0.0.1:7999"));
        assertNull(AgentTokens.get("agent:127.0.0.1:7999"));
        assertNull(model.selected().get());
        controller.remove("simulated:tx2");
        assertTrue(ws.sources().contains("simulated:tx2"), "simulated profiles stay");
    }

    @Test
    void aReplayFileIsReadListedAndSelected() {
        Path file = Path.of("sample-data/models/vgg16-random-simulated-tx2.jsonl");
        controller.addReplay(file);
        String spec = ReplayInfo.spec(file);
        assertEquals(spec, model.selected().get());
        assertEquals(20, model.replays().get(spec).models());
        assertTrue(model.replays().get(spec).simulated());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aBadReplayFileIsReportedAndNotListed() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.jsonl"), "{\"family\": \n");
        controller.addReplay(bad);
        assertEquals(Workspace.DEFAULT_SOURCES, ws.sources());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("broken.jsonl"), dialogs.errors.toString());
    }

    @Test
    void tryItLandsASimulatedMeasurementInTheModel() {
        model.tryArch().set("mobilenetv1");
        controller.tryIt("simulated:tx2");
        String r = model.tryResult().get();
        assertTrue(r.startsWith("mobilenetv1 on simulated:tx2: median "), r);
        assertTrue(r.contains("SIMULATED, not a hardware measurement"), r);
        assertFalse(model.tryRunning().get());
        assertFalse(model.tryError().get());
    }

    @Test
    void aTestOfAnAgentNobodyListensToSaysWhy() {
        controller.addAgent("agent:127.0.0.1:1", null);
        controller.test("agent:127.0.0.1:1");
        DevicesModel.TestOutcome o = model.tests().get("agent:127.0.0.1:1");
        assertTrue(o.error() != null && o.error().contains("connection refused"), String.valueOf(o));
        assertFalse(model.testing().contains("agent:127.0.0.1:1"));
    }

    @Test
    void aSmallCampaignWritesItsCsvAndOpensAsADataset() throws Exception {
        List<LayerConfig> rows = SamplingPlan.plan(Zoo.model("vgg16", null), 40).subList(0, 3);
        Path plan = dir.resolve("plan.csv");
        DatasetCsvWriter.writePlan(rows, plan);
        Path out = dir.resolve("tx2-campaign.csv");
        CampaignController c = controller.campaign();
        c.choosePlan(plan);
        c.chooseOutput(out);
        assertTrue(model.campaign().resumeNote().get().contains("new file"));

        c.start("simulated:tx2");
        String state = model.campaign().state().get();
        assertTrue(state.startsWith("Finished: 3 of 3 rows"), state);
        assertEquals("3 / 3 rows", model.campaign().rows().get());
        assertEquals(1.0, model.campaign().progress().get());
        assertNull(model.campaign().runningOn().get());
        assertTrue(model.campaign().canOpen().get());
        assertEquals(3, DatasetCsvReader.read(out, null).dataset().size());
        assertTrue(model.campaign().resumeNote().get().contains("3 data rows"), model.campaign().resumeNote().get());

        c.openAsDataset();
        assertEquals(1, ws.datasets().size());
        assertEquals("tx2-campaign", ws.datasets().get(0).name());
        assertEquals(3, ws.datasets().get(0).dataset().size());
    }

    @Test
    void aCampaignWithoutAnOutputFileSaysWhatIsMissing() {
        controller.campaign().start("simulated:tx2");
        assertEquals("Choose the output CSV.", model.campaign().state().get());
        assertTrue(model.campaign().stateError().get());
        controller.campaign().start(null);
        assertEquals("Select a device on the left first.", model.campaign().state().get());
    }
}
