package io.evolp.ui.devices;

import io.evolp.measure.sim.DeviceProfile;
import io.evolp.ui.common.Messages;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.UiContext;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Devices: the measurement sources of the workspace ({@code Workspace.sources()}, which the
 * Compression screen offers too) — the simulated profiles with their constants, and replay files
 * the user adds, with what they hold — plus a "Try it" measurement on the selected source.
 */
public final class DevicesScreen implements Screen {

    private final UiContext ctx;
    private final ListView<String> list;
    private final StackPane details = new StackPane();
    private final Map<String, ReplayInfo> replays = new HashMap<>();
    private final Map<String, String> replayErrors = new HashMap<>();
    private final SplitPane view;

    public DevicesScreen(UiContext ctx) {
        this.ctx = ctx;
        list = new ListView<>(ctx.workspace().sources());
        list.setId("device-list");
        list.setCellFactory(v -> new SourceCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, spec) -> showDetails(spec));
        Button add = new Button("Add replay file…");
        add.setId("add-replay");
        add.setOnAction(e -> addReplay());
        Button remove = new Button("Remove");
        remove.setId("remove-source");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().map(s -> !s.startsWith("replay:")).orElse(true));
        remove.setOnAction(e -> ctx.workspace().sources().remove(list.getSelectionModel().getSelectedItem()));
        Label heading = new Label("Measurement sources");
        heading.getStyleClass().add("screen-title");
        VBox left = new VBox(8, heading, list, new HBox(8, add, remove));
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        TryItPanel tryIt = new TryItPanel(ctx, () -> list.getSelectionModel().getSelectedItem());
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent;");
        VBox right = new VBox(12, scroll, tryIt);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        view = new SplitPane(left, right);
        view.setDividerPositions(0.32);
        if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
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

    /** Details of the selected replay file, once read (for tests and the Compression screen's hints). */
    public ReplayInfo replayInfo(String spec) {
        return replays.get(spec);
    }

    private void addReplay() {
        ctx.dialogs().openFile("Add replay file", List.of("*.jsonl", "*.json")).ifPresent(this::addReplay);
    }

    /** Reads and checks {@code file} in the background, then lists and selects it. */
    public void addReplay(Path file) {
        ctx.tasks().run("Reading replay file " + file.getFileName(), pm -> {
            try {
                return ReplayInfo.read(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(Messages.oneLine(e), e);
            }
        }, info -> {
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
        } else if (replays.containsKey(spec)) {
            details.getChildren().setAll(SourceDetails.replay(spec, replays.get(spec)));
        } else if (replayErrors.containsKey(spec)) {
            details.getChildren().setAll(SourceDetails.message(spec, replayErrors.get(spec), true));
        } else {
            // A replay listed by a reopened project: read it now, in the background.
            details.getChildren().setAll(SourceDetails.message(spec, "Reading the replay file …", false));
            Path file = Path.of(spec.substring("replay:".length()));
            ctx.tasks().run("Reading replay file " + file.getFileName(), pm -> {
                try {
                    return ReplayInfo.read(file);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(Messages.oneLine(e), e);
                }
            }, info -> replays.put(spec, info), false).whenComplete((info, e) -> {
                if (e != null) replayErrors.put(spec, Messages.oneLine(e));
                if (spec.equals(list.getSelectionModel().getSelectedItem())) showDetails(spec);
            });
        }
    }

    /** "Jetson-TX2-like GPU (simulated)" for a profile, the file name for a replay. */
    private static final class SourceCell extends ListCell<String> {
        @Override
        protected void updateItem(String spec, boolean empty) {
            super.updateItem(spec, empty);
            if (empty || spec == null) {
                setText(null);
            } else if (spec.startsWith("simulated:")) {
                setText(DeviceProfile.parse(spec).description() + "\n" + spec);
            } else {
                setText("Replay: " + Path.of(spec.substring("replay:".length())).getFileName() + "\n" + spec);
            }
        }
    }
}
