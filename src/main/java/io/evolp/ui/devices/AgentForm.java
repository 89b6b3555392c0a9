package io.evolp.ui.devices;

import io.evolp.ui.workspace.AgentTokens;
import io.evolp.measure.agent.AgentSources;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * "Add remote agent": host and port of an {@code evolp agent}, reached directly or through an SSH
 * tunnel the workbench opens itself, and its token. The spec it builds never contains the token —
 * the token is handed over separately and kept in memory ({@link AgentTokens}). A spec that does not
 * parse is reported under the form and nothing is added.
 */
final class AgentForm extends VBox {

    private final TextField host = field("agent-host", "e.g. 192.168.1.20 or jetson.local");
    private final TextField port = field("agent-port", "7878");
    private final PasswordField token = new PasswordField();
    private final CheckBox ssh = new CheckBox("Through an SSH tunnel (the agent listens on 127.0.0.1 of that host)");
    private final TextField user = field("agent-ssh-user", System.getProperty("user.name", ""));
    private final TextField sshPort = field("agent-ssh-port", "22");
    private final TextField key = field("agent-ssh-key", "~/.ssh/id_ed25519 (default: the usual keys)");
    private final Label error = new Label();

    /** @param onAdd gets the spec (without token) and the token (null when none was typed) */
    AgentForm(BiConsumer<String, String> onAdd, Runnable onCancel) {
        super(8);
        setPadding(new Insets(4, 0, 0, 0));
        Label title = new Label("Add a remote agent");
        title.getStyleClass().add("section-title");
        Label what = new Label("A device running `evolp agent` (the same jar, needs a JDK). Test the connection once it is added.");
        what.setWrapText(true);
        token.setId("agent-token");
        token.setPromptText("optional; kept in memory only");
        ssh.setId("agent-ssh");
        error.setId("agent-form-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        g.addRow(0, key("Host"), host);
        g.addRow(1, key("Agent port"), port);
        g.addRow(2, key("Token"), token);
        GridPane sshGrid = new GridPane();
        sshGrid.setHgap(10);
        sshGrid.setVgap(6);
        sshGrid.addRow(0, key("SSH user"), user);
        sshGrid.addRow(1, key("SSH port"), sshPort);
        sshGrid.addRow(2, key("Key file"), key);
        sshGrid.visibleProperty().bind(ssh.selectedProperty());
        sshGrid.managedProperty().bind(ssh.selectedProperty());
        user.setText(System.getProperty("user.name", ""));
        port.setText("7878");
        sshPort.setText("22");

        Label tokenNote = new Label("Tokens are not written to the project file: after reopening it, type the token again "
                + "or start the workbench with " + AgentSources.TOKEN_ENV + " set.");
        tokenNote.setWrapText(true);
        tokenNote.getStyleClass().add("muted");
        Button add = new Button("Add agent");
        add.setId("agent-add");
        add.setDefaultButton(true);
        add.setOnAction(e -> add(onAdd));
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> onCancel.run());
        getChildren().addAll(title, what, g, ssh, sshGrid, tokenNote, new HBox(8, add, cancel), error);
    }

    private void add(BiConsumer<String, String> onAdd) {
        String spec;
        try {
            spec = spec();
            // Parses the spec as a campaign would (no connection is made), so a typo is caught here.
            AgentSources.client(spec, name -> null).close();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        error.setText("");
        onAdd.accept(spec, token.getText().isBlank() ? null : token.getText().trim());
    }

    /** {@code agent:HOST:PORT} or {@code agent:ssh://USER@HOST:SSH_PORT?agent_port=N[&key=FILE]}. */
    String spec() {
        String h = host.getText().trim();
        if (h.isEmpty()) throw new IllegalArgumentException("enter the agent's host name or address");
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]"; // IPv6
        String p = port.getText().trim().isEmpty() ? "7878" : port.getText().trim();
        if (!ssh.isSelected()) return "agent:" + h + ":" + p;
        String u = user.getText().trim();
        String sp = sshPort.getText().trim().isEmpty() ? "22" : sshPort.getText().trim();
        List<String> params = new ArrayList<>();
        params.add("agent_port=" + p);
        if (!key.getText().isBlank()) params.add("key=" + URLEncoder.encode(key.getText().trim(), StandardCharsets.UTF_8));
        return "agent:ssh://" + (u.isEmpty() ? "" : u + "@") + h + ":" + sp + "?" + String.join("&", params);
    }

    private static TextField field(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(22);
        return t;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("facts-key");
        return l;
    }
}
