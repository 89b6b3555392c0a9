package io.evolp.ui.devices;

import io.evolp.measure.sim.DeviceProfile;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.UiContext;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
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
import java.util.List;
import java.util.Objects;

/**
 * View role of the Devices screen: the source list with Add / Remove, the detail pane of the selected
 * source, "Try it" and the campaign pane. The list selection and {@link DevicesModel#selected()} follow
 * each other; every button is forwarded to {@link DevicesController}. No computation here.
 */
final class DevicesView {

    private final DevicesModel model;
    private final DevicesController controller;
    private final Dialogs dialogs;
    private final ListView<String> list;
    private final StackPane details = new StackPane();
    private final SplitPane root;
    private final SplitPane right;
    private final UiContext ctx;
    private ProfilePanel profile;

    DevicesView(DevicesModel model, DevicesController controller, UiContext ctx) {
        this.model = model;
        this.controller = controller;
        this.dialogs = ctx.dialogs();
        this.ctx = ctx;
        list = new ListView<>(model.sources());
        list.setId("device-list");
        list.setCellFactory(v -> new SourceCell());
        list.setTooltip(new javafx.scene.control.Tooltip("Where latencies come from. Simulated boards are analytic models, "
                + "not hardware; this machine and remote agents measure for real; replay files repeat recorded runs"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, spec) -> {
            controller.select(spec);
            if (spec != null) showDevices();
        });
        model.selected().addListener((o, a, spec) -> {
            if (!Objects.equals(spec, list.getSelectionModel().getSelectedItem())) {
                if (spec == null) list.getSelectionModel().clearSelection();
                else list.getSelectionModel().select(spec);
            }
            showDetails(spec);
        });
        MapChangeListener<String, Object> changed = c -> {
            if (c.getKey().equals(model.selected().get())) showDetails(c.getKey());
        };
        model.replays().addListener(changed);
        model.replayErrors().addListener(changed);
        model.tests().addListener(changed);
        model.testing().addListener((SetChangeListener<String>) c -> refreshDevice());

        Button remove = new Button("Remove");
        remove.setId("remove-source");
        remove.disableProperty().bind(model.selected().map(s -> s.startsWith("simulated:")).orElse(true));
        remove.setOnAction(e -> controller.remove(model.selected().get()));
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove the selected source with its settings (simulated boards stay)"));
        Label heading = new Label("Measurement sources");
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true); // a large text size wraps it rather than cutting it
        Button profileButton = new Button("Profile a new device…");
        profileButton.setId("profile-new-device");
        profileButton.setMaxWidth(Double.MAX_VALUE);
        profileButton.setOnAction(e -> showProfile());
        profileButton.setTooltip(new javafx.scene.control.Tooltip("Measure the layers that help most, batch by batch, "
                + "transferring from a device you know, with a live chart of the cross-validated error"));
        VBox left = new VBox(8, heading, list, new HBox(8, addMenu(), remove), profileButton);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        VBox work = new VBox(12, new TryItPanel(model, controller), new Separator(),
                new CampaignPanel(model, controller.campaign(), dialogs));
        work.setPadding(new Insets(12));
        right = new SplitPane(scroll(details), scroll(work));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        root = new SplitPane(left, right);
        root.setDividerPositions(0.3);
    }

    /** Shows "Profile a new device" in place of the details and campaign panes (kept while it runs). */
    void showProfile() {
        if (profile == null) profile = new ProfilePanel(controller.profile(), ctx, this::showDevices);
        if (model.profile().device().get() == null) model.profile().device().set(model.selected().get());
        root.getItems().set(1, profile);
        root.setDividerPositions(0.3);
    }

    /** Back to the details and campaign panes. */
    private void showDevices() {
        if (root.getItems().get(1) != right) {
            root.getItems().set(1, right);
            root.setDividerPositions(0.3);
        }
    }

    private MenuButton addMenu() {
        MenuItem local = new MenuItem("Local — this machine (ONNX Runtime)");
        local.setId("add-local");
        local.setOnAction(e -> controller.addLocal());
        MenuItem agent = new MenuItem("Remote agent…");
        agent.setId("add-agent");
        agent.setOnAction(e -> showAgentForm());
        MenuItem replay = new MenuItem("Replay file…");
        replay.setId("add-replay");
        replay.setOnAction(e -> dialogs.openFile("Add replay file", List.of("*.jsonl", "*.json")).ifPresent(controller::addReplay));
        MenuButton add = new MenuButton("Add device…", null, local, agent, replay);
        add.setId("add-device");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setTooltip(new javafx.scene.control.Tooltip("Add this machine, a remote agent or a replay file as a measurement source"));
        return add;
    }

    Node node() {
        return root;
    }

    /** Selects the first source when nothing is selected (the screen was shown). */
    void selectFirst() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) list.getSelectionModel().select(0);
    }

    /** Puts the error style class on {@code n} while {@code error} holds (shared by the panes). */
    static void errorStyle(Node n, ObservableValue<Boolean> error) {
        error.addListener((o, a, b) -> {
            n.getStyleClass().remove("error-text");
            if (Boolean.TRUE.equals(b)) n.getStyleClass().add("error-text");
        });
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setPadding(new Insets(12));
        s.setStyle("-fx-background-color: transparent;");
        return s;
    }

    private void showAgentForm() {
        controller.select(null);
        details.getChildren().setAll(new AgentForm(controller::addAgent, this::selectFirst));
    }

    private void refreshDevice() {
        if (!details.getChildren().isEmpty() && details.getChildren().get(0) instanceof DeviceDetails d) d.refresh();
    }

    private void showDetails(String spec) {
        if (spec == null) {
            details.getChildren().clear();
        } else if (spec.startsWith("simulated:")) {
            details.getChildren().setAll(SourceDetails.simulated(spec, DeviceProfile.parse(spec)));
        } else if (DeviceSetup.isDevice(spec)) {
            if (details.getChildren().isEmpty() || !(details.getChildren().get(0) instanceof DeviceDetails d)
                    || !d.spec().equals(spec)) {
                details.getChildren().setAll(new DeviceDetails(model, controller, dialogs, spec));
            } else {
                d.refresh(); // keep the settings sheet (and its focus) while a test result arrives
            }
        } else if (model.replays().containsKey(spec)) {
            details.getChildren().setAll(SourceDetails.replay(spec, model.replays().get(spec)));
        } else if (model.replayErrors().containsKey(spec)) {
            details.getChildren().setAll(SourceDetails.message(spec, model.replayErrors().get(spec), true));
        } else if (spec.startsWith("replay:")) {
            // A replay listed by a reopened project: read it now, in the background.
            details.getChildren().setAll(SourceDetails.message(spec, "Reading the replay file …", false));
            controller.readListedReplay(spec);
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
                setText("Remote agent " + DevicesController.address(spec) + "\n" + spec);
            } else {
                setText("Replay: " + Path.of(spec.substring("replay:".length())).getFileName() + "\n" + spec);
            }
        }
    }
}
