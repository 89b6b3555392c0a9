package io.evolp.ui.devices;

import io.evolp.measure.agent.AgentSources;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.workspace.AgentTokens;
import io.evolp.ui.workspace.DeviceSetup;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * View pane for a real device (local or agent): what it is, "Test" / "Test connection" with the
 * device's facts or a one-line reason next to the button (from {@link DevicesModel#tests()}), the
 * agent's token state, and the measurement settings as a property sheet ({@link SettingsSheet}).
 * {@link #refresh()} is called by the view when a test starts or ends.
 */
final class DeviceDetails extends VBox {

    private final DevicesModel model;
    private final String spec;
    private final Button test;
    private final Label status = new Label();
    private final StackPane factsBox = new StackPane();

    DeviceDetails(DevicesModel model, DevicesController controller, Dialogs dialogs, String spec) {
        super(8);
        this.model = model;
        this.spec = spec;
        boolean local = DeviceSetup.isLocal(spec);
        VBox head = SourceDetails.header(local ? "This machine (local)" : "Remote agent " + DevicesController.address(spec),
                spec, "REAL DEVICE", "measured-badge");
        Label what = new Label(local
                ? "Real measurements with ONNX Runtime 1.28 in a separate worker process, so the workbench's own JVM does "
                + "not disturb them. Test starts the worker once and shows what every result will record."
                : "Real measurements on a device running `evolp agent`: the workbench uploads each model once and the "
                + "agent measures it in its own worker process, with the settings below.");
        what.setWrapText(true);
        test = new Button(local ? "Test" : "Test connection");
        test.setId("device-test");
        test.setOnAction(e -> controller.test(spec));
        test.setTooltip(new javafx.scene.control.Tooltip(local ? "Start the measuring worker once and show what every result will record (runtime, threads, CPU)"
                : "Connect to the agent and show its runtime facts"));
        status.setId("device-test-status");
        status.setWrapText(true);
        factsBox.setId("device-facts");
        getChildren().addAll(head, what, new HBox(10, test, status), factsBox);
        if (!local) getChildren().add(tokenRow(dialogs));
        getChildren().add(new SettingsSheet(controller.settings(spec), s -> controller.storeSettings(spec, s)));
        refresh();
        setId("source-details");
    }

    String spec() {
        return spec;
    }

    private HBox tokenRow(Dialogs dialogs) {
        Label state = new Label(tokenState());
        state.setId("agent-token-state");
        state.getStyleClass().add("muted");
        Button set = new Button("Set token…");
        set.setId("agent-set-token");
        set.setTooltip(new javafx.scene.control.Tooltip("Type the agent's token (kept in memory only, never saved)"));
        set.setOnAction(e -> dialogs.askText("Agent token", "Token of " + DevicesController.address(spec)
                        + " (kept in memory until the workbench closes; never saved)", "")
                .ifPresent(t -> {
                    AgentTokens.put(spec, t);
                    state.setText(tokenState());
                }));
        return new HBox(10, set, state);
    }

    private String tokenState() {
        if (AgentTokens.get(spec) != null) return "Token: typed in this session (not saved in the project)";
        if (AgentTokens.fromEnvironment()) return "Token: from the environment variable " + AgentSources.TOKEN_ENV;
        return "Token: none (an agent that wants one answers 401 — set it here)";
    }

    /** Shows the running test, or the last outcome of this device's test. */
    void refresh() {
        boolean local = DeviceSetup.isLocal(spec);
        boolean running = model.testing().contains(spec);
        DevicesModel.TestOutcome o = model.tests().get(spec);
        test.setDisable(running);
        status.getStyleClass().remove("error-text");
        factsBox.getChildren().clear();
        if (running) {
            status.setText(local ? "Starting the worker …" : "Connecting …");
        } else if (o == null) {
            status.setText(local ? "Not tested yet." : "Not tested yet in this session.");
        } else if (o.cancelled()) {
            status.setText("Test cancelled.");
        } else if (o.error() != null) {
            status.getStyleClass().add("error-text");
            status.setText("Failed: " + o.error());
        } else {
            status.setText(local ? "Worker ready: ONNX Runtime " + o.facts().get("ONNX Runtime")
                    : "Connected: " + o.facts().get("Hostname") + ", ONNX Runtime " + o.facts().get("ONNX Runtime"));
            factsBox.getChildren().setAll(SourceDetails.facts(o.facts()));
        }
    }
}
