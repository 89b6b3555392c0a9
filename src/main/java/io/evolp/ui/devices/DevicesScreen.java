package io.evolp.ui.devices;

import io.evolp.ui.workspace.AgentTokens;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.ui.common.Messages;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.UiContext;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Devices: the measurement sources of the workspace ({@code Workspace.sources()}, which the
 * Compression screen offers too) — simulated profiles, replay files, this machine ({@code local},
 * ONNX Runtime in a worker process) and remote agents — with their details, a Test, "Try it" and
 * measurement campaigns on the selected device.
 *
 * <p>Where things are kept: the device list and each real device's measurement settings go into the
 * workspace (so into the project file); agent tokens stay in memory only ({@link AgentTokens}).
 */
public final class DevicesScreen implements Screen {

    private final UiContext ctx;
    private final ListView<String> list;
    private final StackPane details = new StackPane();
    private final Map<String, ReplayInfo> replays = new HashMap<>();
    private final Map<String, String> replayErrors = new HashMap<>();
    private final Map<String, DeviceDetails.Outcome> tests = new HashMap<>();
    private final DeviceConnections connections;
    private final SplitPane view;

    public DevicesScreen(UiContext ctx) {
        this(ctx, DeviceSetup::open);
    }

    /** @param opener opens non-local sources for Try it and campaigns (tests pass slow doubles) */
    DevicesScreen(UiContext ctx, Function<DeviceSetup, MeasurementSource> opener) {
        this.ctx = ctx;
        this.connections = new DeviceConnections(opener);
        list = new ListView<>(ctx.workspace().sources());
        list.setId("device-list");
        list.setCellFactory(v -> new SourceCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, spec) -> showDetails(spec));
        ctx.workspace().sources().addListener((ListChangeListener<String>) c -> {
            while (c.next()) c.getRemoved().stream().filter(s -> !ctx.workspace().sources().contains(s)).forEach(connections::forget);
        });
        MenuItem local = new MenuItem("Local — this machine (ONNX Runtime)");
        local.setId("add-local");
        local.setOnAction(e -> addLocal());
        MenuItem agent = new MenuItem("Remote agent…");
        agent.setId("add-agent");
        agent.setOnAction(e -> showAgentForm());
        MenuItem replay = new MenuItem("Replay file…");
        replay.setId("add-replay");
        replay.setOnAction(e -> addReplay());
        MenuButton add = new MenuButton("Add device…", null, local, agent, replay);
        add.setId("add-device");
        Button remove = new Button("Remove");
        remove.setId("remove-source");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().map(s -> s.startsWith("simulated:")).orElse(true));
        remove.setOnAction(e -> remove(list.getSelectionModel().getSelectedItem()));
        Label heading = new Label("Measurement sources");
        heading.getStyleClass().add("screen-title");
        VBox left = new VBox(8, heading, list, new HBox(8, add, remove));
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        TryItPanel tryIt = new TryItPanel(ctx, () -> list.getSelectionModel().getSelectedItem(), connections);
        CampaignPanel campaign = new CampaignPanel(ctx, list.getSelectionModel().selectedItemProperty(), connections::openNew);
        ScrollPane top = scroll(details);
        VBox work = new VBox(12, tryIt, new Separator(), campaign);
        work.setPadding(new Insets(12));
        SplitPane right = new SplitPane(top, scroll(work));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        view = new SplitPane(left, right);
        view.setDividerPositions(0.3);
        if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setPadding(new Insets(12));
        s.setStyle("-fx-background-color: transparent;");
        return s;
    }

    @Override
    public String title() {
        return "Devices";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) list.getSelectionModel().select(0);
    }

    /** Stops the worker processes and tunnels this screen opened (closing the window, tests). */
    @Override
    public void dispose() {
        connections.close();
    }

    /** Details of the selected replay file, once read (for tests and the Compression screen's hints). */
    public ReplayInfo replayInfo(String spec) {
        return replays.get(spec);
    }

    /** Adds this machine ({@code local}) with default settings unless it is listed, and selects it. */
    public void addLocal() {
        if (!ctx.workspace().viewSettings().containsKey(DeviceSetup.SETTINGS_PREFIX + "local")) {
            DeviceSetup.storeSettings(ctx.workspace().viewSettings(), "local", LocalSettings.defaults());
        }
        if (!ctx.workspace().sources().contains("local")) ctx.workspace().sources().add("local");
        list.getSelectionModel().select("local");
        showDetails("local");
    }

    /** Adds an agent spec (no token in it) and remembers its token in memory; selects it. */
    public void addAgent(String spec, String token) {
        AgentTokens.put(spec, token);
        if (!ctx.workspace().sources().contains(spec)) ctx.workspace().sources().add(spec);
        list.getSelectionModel().select(spec);
        showDetails(spec);
    }

    private void showAgentForm() {
        list.getSelectionModel().clearSelection();
        details.getChildren().setAll(new AgentForm(this::addAgent, () -> shown()));
    }

    private void remove(String spec) {
        if (spec == null || spec.startsWith("simulated:")) return;
        ctx.workspace().sources().remove(spec);
        ctx.workspace().viewSettings().remove(DeviceSetup.SETTINGS_PREFIX + spec);
        AgentTokens.put(spec, null);
        tests.remove(spec);
        connections.forget(spec);
    }

    private void addReplay() {
        ctx.dialogs().openFile("Add replay file", List.of("*.jsonl", "*.json")).ifPresent(this::addReplay);
    }

    /** Reads and checks {@code file} in the background, then lists and selects it. */
    public void addReplay(Path file) {
        ctx.tasks().run("Reading replay file " + file.getFileName(), pm -> ReplayInfo.read(file), info -> {
            String spec = info.spec();
            replays.put(spec, info);
            replayErrors.remove(spec);
            if (!ctx.workspace().sources().contains(spec)) ctx.workspace().sources().add(spec);
            list.getSelectionModel().select(spec);
            showDetails(spec);
        });
    }

    private void showDetails(String spec) {
        if (spec == null) {
            details.getChildren().clear();
        } else if (spec.startsWith("simulated:")) {
            details.getChildren().setAll(SourceDetails.simulated(spec, DeviceProfile.parse(spec)));
        } else if (DeviceSetup.isDevice(spec)) {
            details.getChildren().setAll(new DeviceDetails(ctx, connections, tests, spec));
        } else if (replays.containsKey(spec)) {
            details.getChildren().setAll(SourceDetails.replay(spec, replays.get(spec)));
        } else if (replayErrors.containsKey(spec)) {
            details.getChildren().setAll(SourceDetails.message(spec, replayErrors.get(spec), true));
        } else if (spec.startsWith("replay:")) {
            // A replay listed by a reopened project: read it now, in the background.
            details.getChildren().setAll(SourceDetails.message(spec, "Reading the replay file …", false));
            Path file = Path.of(spec.substring("replay:".length()));
            ctx.tasks().run("Reading replay file " + file.getFileName(), pm -> ReplayInfo.read(file),
                    info -> replays.put(spec, info), false).whenComplete((info, e) -> {
                if (e != null) replayErrors.put(spec, Messages.ofFailure(e));
                if (spec.equals(list.getSelectionModel().getSelectedItem())) showDetails(spec);
            });
        } else {
            details.getChildren().setAll(SourceDetails.message(spec, "Unknown kind of source: " + spec, true));
        }
    }

    /** "Jetson-TX2-like GPU (simulated)" for a profile, "This machine" for local, the address for an agent. */
    private static final class SourceCell extends ListCell<String> {
        @Override
        protected void updateItem(String spec, boolean empty) {
            super.updateItem(spec, empty);
            if (empty || spec == null) {
                setText(null);
            } else if (spec.startsWith("simulated:")) {
                setText(DeviceProfile.parse(spec).description() + "\n" + spec);
            } else if (DeviceSetup.isLocal(spec)) {
                setText("This machine (ONNX Runtime)\n" + spec);
            } else if (DeviceSetup.isAgent(spec)) {
                setText("Remote agent " + DeviceDetails.address(spec) + "\n" + spec);
            } else {
                setText("Replay: " + Path.of(spec.substring("replay:".length())).getFileName() + "\n" + spec);
            }
        }
    }
}
