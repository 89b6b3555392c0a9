package io.evolp.ui.devices;

import io.evolp.ui.workspace.AgentTokens;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The detail pane of a real device (local or agent): what it is, "Test" / "Test connection" in the
 * background with the device's facts or a one-line reason next to the button, the agent's token
 * state, and the measurement settings (stored per device in the workspace, so with the project).
 * Test results are remembered per spec while the screen lives.
 */
final class DeviceDetails extends VBox {

    /** The last test of a device: its facts, or why it failed. */
    record Outcome(Map<String, String> facts, String error) {
    }

    private final UiContext ctx;
    private final DeviceConnections connections;
    private final Map<String, Outcome> outcomes;
    private final String spec;
    private final Button test;
    private final Label status = new Label();
    private final StackPane factsBox = new StackPane();

    DeviceDetails(UiContext ctx, DeviceConnections connections, Map<String, Outcome> outcomes, String spec) {
        super(8);
        this.ctx = ctx;
        this.connections = connections;
        this.outcomes = outcomes;
        this.spec = spec;
        boolean local = DeviceSetup.isLocal(spec);
        VBox head = SourceDetails.header(local ? "This machine (local)" : "Remote agent " + address(spec), spec,
                "REAL DEVICE", "measured-badge");
        Label what = new Label(local
                ? "Real measurements with ONNX Runtime 1.28 in a separate worker process, so the workbench's own JVM does "
                + "not disturb them. Test starts the worker once and shows what every result will record."
                : "Real measurements on a device running `evolp agent`: the workbench uploads each model once and the "
                + "agent measures it in its own worker process, with the settings below.");
        what.setWrapText(true);
        test = new Button(local ? "Test" : "Test connection");
        test.setId("device-test");
        test.setOnAction(e -> runTest());
        status.setId("device-test-status");
        status.setWrapText(true);
        factsBox.setId("device-facts");
        getChildren().addAll(head, what, new HBox(10, test, status), factsBox);
        if (!local) getChildren().add(tokenRow());
        getChildren().add(new SettingsEditor(DeviceSetup.settings(ctx.workspace().viewSettings(), spec),
                s -> DeviceSetup.storeSettings(ctx.workspace().viewSettings(), spec, s)));
        show(outcomes.get(spec));
        setId("source-details");
    }

    private HBox tokenRow() {
        Label state = new Label(tokenState());
        state.setId("agent-token-state");
        state.getStyleClass().add("muted");
        Button set = new Button("Set token…");
        set.setId("agent-set-token");
        set.setOnAction(e -> ctx.dialogs().askText("Agent token", "Token of " + address(spec)
                        + " (kept in memory until the workbench closes; never saved)", "")
                .ifPresent(t -> {
                    AgentTokens.put(spec, t);
                    state.setText(tokenState());
                }));
        return new HBox(10, set, state);
    }

    private String tokenState() {
        if (AgentTokens.get(spec) != null) return "Token: typed in this session (not saved in the project)";
        if (AgentTokens.fromEnvironment()) return "Token: from the environment variable " + io.evolp.measure.agent.AgentSources.TOKEN_ENV;
        return "Token: none (an agent that wants one answers 401 — set it here)";
    }

    private void runTest() {
        DeviceSetup setup = DeviceSetup.of(ctx.workspace(), spec);
        boolean local = DeviceSetup.isLocal(spec);
        test.setDisable(true);
        status.getStyleClass().remove("error-text");
        status.setText(local ? "Starting the worker …" : "Connecting …");
        ctx.tasks().run((local ? "Testing local device" : "Testing connection to " + address(spec)), pm -> {
            if (local) return ConnectionTest.local(connections.localClient(setup), setup.settings(), pm);
            try (var client = setup.client()) {
                return ConnectionTest.agent(client, pm);
            }
        }, facts -> outcomes.put(spec, new Outcome(facts, null)), false).whenComplete((facts, e) -> {
            test.setDisable(false);
            if (e instanceof CancellationException) {
                status.setText("Test cancelled.");
                return;
            }
            if (e != null) outcomes.put(spec, new Outcome(null, ConnectionTest.reason(e)));
            show(outcomes.get(spec));
        });
    }

    private void show(Outcome o) {
        status.getStyleClass().remove("error-text");
        if (o == null) {
            status.setText(DeviceSetup.isLocal(spec) ? "Not tested yet." : "Not tested yet in this session.");
            factsBox.getChildren().clear();
        } else if (o.error() != null) {
            status.getStyleClass().add("error-text");
            status.setText("Failed: " + o.error());
            factsBox.getChildren().clear();
        } else {
            status.setText(DeviceSetup.isLocal(spec) ? "Worker ready: ONNX Runtime " + o.facts().get("ONNX Runtime")
                    : "Connected: " + o.facts().get("Hostname") + ", ONNX Runtime " + o.facts().get("ONNX Runtime"));
            factsBox.getChildren().setAll(SourceDetails.facts(o.facts()));
        }
    }

    /** "host:port" of an agent spec, without parameters. */
    static String address(String spec) {
        String s = spec.substring("agent:".length());
        int q = s.indexOf('?');
        return q >= 0 ? s.substring(0, q) : s;
    }

}
