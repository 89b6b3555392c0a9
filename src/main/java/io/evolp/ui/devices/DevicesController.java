package io.evolp.ui.devices;

import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.local.LocalSettings;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.AgentTokens;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.Workspace;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Controller role of the Devices screen: adds and removes measurement sources, reads replay files,
 * tests real devices, measures "Try it" and runs campaigns ({@link #campaign()}) — all work through
 * the {@link TaskRunner}, results into {@link DevicesModel} and the {@link Workspace}. No Nodes:
 * tests drive it with a synchronous runner and no window.
 *
 * <p>Where things are kept: the device list and each real device's measurement settings go into the
 * workspace (so into the project file); agent tokens stay in memory only ({@link AgentTokens}).
 */
final class DevicesController implements AutoCloseable {

    private final Workspace ws;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final DevicesModel model;
    private final DeviceConnections connections;
    private final CampaignController campaign;
    private final ProfileController profile;
    private final Set<String> reading = new HashSet<>();
    private TaskHandle<Measurement> trying;

    /**
     * @param tasks  runs the work; failures are this controller's to show (it does not expect the runner to)
     * @param ui     where progress from a campaign's own thread is handed to the model
     * @param opener opens non-local sources (tests pass slow or failing doubles)
     */
    DevicesController(Workspace ws, TaskRunner tasks, Dialogs dialogs, Executor ui,
                      Function<DeviceSetup, MeasurementSource> opener, DevicesModel model) {
        this.ws = ws;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.model = model;
        this.connections = new DeviceConnections(opener);
        this.campaign = new CampaignController(ws, tasks, ui, connections::openNew, model.campaign());
        this.profile = new ProfileController(ws, tasks, ui, connections::openNew, model.profile(),
                java.time.Clock.systemDefaultZone());
        // A Try-it result belongs to the source it was measured on: another source starts blank
        // (a simulated result under "This machine" reads as a measurement of this machine).
        model.selected().addListener((o, was, now) -> {
            if (trying == null && !java.util.Objects.equals(was, now)) clearTryIt();
        });
    }

    /** The Try-it line back to its prompt. */
    private void clearTryIt() {
        model.tryError().set(false);
        model.tryResult().set(DevicesModel.TRY_PROMPT);
    }

    CampaignController campaign() {
        return campaign;
    }

    ProfileController profile() {
        return profile;
    }

    void select(String spec) {
        model.selected().set(spec);
    }

    /** Adds this machine ({@code local}) with default settings unless it is listed, and selects it. */
    void addLocal() {
        if (!ws.viewSettings().containsKey(DeviceSetup.SETTINGS_PREFIX + "local")) {
            DeviceSetup.storeSettings(ws.viewSettings(), "local", LocalSettings.defaults());
        }
        addAndSelect("local");
    }

    /** Adds an agent spec (no token in it) and remembers its token in memory; selects it. */
    void addAgent(String spec, String token) {
        AgentTokens.put(spec, token);
        addAndSelect(spec);
    }

    private void addAndSelect(String spec) {
        if (!ws.sources().contains(spec)) ws.sources().add(spec);
        model.selected().set(spec);
    }

    /** Removes a non-simulated source with its settings, token, test and open connection. */
    void remove(String spec) {
        if (spec == null || spec.startsWith("simulated:")) return;
        ws.sources().remove(spec);
        ws.viewSettings().remove(DeviceSetup.SETTINGS_PREFIX + spec);
        AgentTokens.put(spec, null);
        model.tests().remove(spec);
        connections.forget(spec);
        if (spec.equals(model.selected().get())) model.selected().set(null);
    }

    /** Stores a real device's measurement settings in the workspace (so with the project). */
    void storeSettings(String spec, LocalSettings settings) {
        DeviceSetup.storeSettings(ws.viewSettings(), spec, settings);
    }

    LocalSettings settings(String spec) {
        return DeviceSetup.settings(ws.viewSettings(), spec);
    }

    /** Reads and checks {@code file} in the background, then lists and selects it; a bad file is shown as an error. */
    void addReplay(Path file) {
        TaskHandle<ReplayInfo> h = tasks.submit("Reading replay file " + file.getFileName(), pm -> ReplayInfo.read(file));
        h.result().whenComplete((info, e) -> {
            if (info == null) {
                h.failure().ifPresent(x -> dialogs.error("Reading replay file " + file.getFileName() + " failed",
                        Messages.oneLine(x)));
                return;
            }
            model.replayErrors().remove(info.spec());
            model.replays().put(info.spec(), info);
            addAndSelect(info.spec());
        });
    }

    /** Reads a replay listed by a reopened project (once); its facts or its problem land in the model. */
    void readListedReplay(String spec) {
        if (!spec.startsWith("replay:") || model.replays().containsKey(spec) || !reading.add(spec)) return;
        Path file = Path.of(spec.substring("replay:".length()));
        TaskHandle<ReplayInfo> h = tasks.submit("Reading replay file " + file.getFileName(), pm -> ReplayInfo.read(file));
        h.result().whenComplete((info, e) -> {
            reading.remove(spec);
            if (info != null) model.replays().put(spec, info);
            else model.replayErrors().put(spec, h.failure().map(Messages::ofFailure).orElse("reading was cancelled"));
        });
    }

    /** "Test" / "Test connection" on a real device: its facts or a one-line reason into the model. */
    void test(String spec) {
        if (!DeviceSetup.isDevice(spec) || !model.testing().add(spec)) return;
        DeviceSetup setup = DeviceSetup.of(ws, spec);
        boolean local = DeviceSetup.isLocal(spec);
        TaskHandle<Map<String, String>> h = tasks.submit(local ? "Testing local device"
                : "Testing connection to " + address(spec), pm -> {
            if (local) return ConnectionTest.local(connections.localClient(setup), setup.settings(), pm);
            try (var client = setup.client()) {
                return ConnectionTest.agent(client, pm);
            }
        });
        h.result().whenComplete((facts, e) -> {
            model.tests().put(spec, facts != null ? DevicesModel.TestOutcome.ok(facts)
                    : h.state() == TaskHandle.State.CANCELLED ? DevicesModel.TestOutcome.wasCancelled()
                    : DevicesModel.TestOutcome.failed(ConnectionTest.reason(h.failure().orElseThrow())));
            model.testing().remove(spec);
        });
    }

    /**
     * "Try it": measures the model {@link DevicesModel#tryArch()} at full width on {@code spec}. Sources
     * are kept per spec, so measuring again continues the device's noise sequence like a second run
     * on a board would (and local keeps one worker process).
     */
    void tryIt(String spec) {
        String id = model.tryArch().get();
        if (spec == null || id == null || trying != null) return;
        ModelSpec m = Zoo.model(id, null);
        DeviceSetup setup = DeviceSetup.of(ws, spec);
        model.tryRunning().set(true);
        model.tryError().set(false);
        model.tryResult().set("Measuring " + id + " on " + spec + " …");
        TaskHandle<Measurement> h = tasks.submit("Measuring " + id + " on " + spec,
                pm -> connections.source(setup).measureModel(m, pm).get()); // the source reports rounds done / total
        trying = h;
        h.result().whenComplete((r, e) -> {
            trying = null;
            model.tryRunning().set(false);
            if (r != null) { // names its source, also when the user has moved on to another meanwhile
                model.tryResult().set(describe(id, r));
            } else if (h.state() == TaskHandle.State.CANCELLED) {
                model.tryResult().set("Cancelled.");
            } else {
                model.tryError().set(true);
                model.tryResult().set(h.failure().map(Messages::ofFailure).orElse("failed"));
            }
        });
    }

    void cancelTryIt() {
        if (trying != null) trying.cancel();
    }

    /** Closes the kept sources of sources no longer listed (removed elsewhere, e.g. a project was opened). */
    void forgetUnlisted(Iterable<? extends String> removed) {
        for (String s : removed) if (!ws.sources().contains(s)) connections.forget(s);
    }

    /** "host:port" of an agent spec, without parameters. */
    static String address(String spec) {
        String s = spec.substring("agent:".length());
        int q = s.indexOf('?');
        return q >= 0 ? s.substring(0, q) : s;
    }

    /** A Try-it result as it is: median, spread, runs, source, and whether it is simulated or recorded. */
    static String describe(String model, Measurement m) {
        String runs = m.count() == 1 ? "1 recorded run" : "range of " + m.count() + " runs";
        return String.format(java.util.Locale.ROOT, "%s on %s: median %.2f ms, spread %.2f ms (%s) — %s%s", model,
                m.source(), m.medianMs(), m.spreadMs(), runs,
                m.simulated() ? "SIMULATED, not a hardware measurement"
                        : m.source().startsWith("replay") || m.source().endsWith(".jsonl") ? "recorded measurement"
                        : "real measurement on this device",
                m.note().isEmpty() ? "" : ". " + m.note());
    }

    /** Stops the worker processes and tunnels this screen opened (closing the window, tests). */
    @Override
    public void close() {
        connections.close();
    }
}
