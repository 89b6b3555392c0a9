package io.evolp.ui.devices;

import io.evolp.measure.agent.AgentSources;
import io.evolp.ui.workspace.AgentTokens;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * View pane "Add remote agent": host and port of an {@code evolp agent}, reached directly or through
 * an SSH tunnel the workbench opens itself, and its token. ControlsFX {@link ValidationSupport}
 * checks the fields as they are typed ({@link AgentFields} says why a value is wrong): the reason is
 * shown on the field and under the form, and "Add agent" stays disabled while a field is invalid.
 * The token is handed over separately and kept in memory ({@link AgentTokens}).
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
    private final ValidationSupport validation = new ValidationSupport();

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
        tip(host, "Name or address of the device running `evolp agent`");
        tip(port, "The port the agent listens on (evolp agent --port; 7878 unless changed)");
        tip(token, "The agent's access token, if it was started with one; never written to the project file");
        ssh.setTooltip(new Tooltip("Reach the agent through an SSH tunnel: for agents that listen only on their own machine"));
        tip(user, "Your user name on the device, for SSH");
        tip(sshPort, "The device's SSH port (22 unless changed)");
        tip(key, "Private key file for SSH; empty: the usual keys in ~/.ssh");
        ssh.setId("agent-ssh");
        error.setId("agent-form-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        g.addRow(0, CampaignPanel.key("Host"), host);
        g.addRow(1, CampaignPanel.key("Agent port"), port);
        g.addRow(2, CampaignPanel.key("Token"), token);
        GridPane sshGrid = new GridPane();
        sshGrid.setHgap(10);
        sshGrid.setVgap(6);
        sshGrid.addRow(0, CampaignPanel.key("SSH user"), user);
        sshGrid.addRow(1, CampaignPanel.key("SSH port"), sshPort);
        sshGrid.addRow(2, CampaignPanel.key("Key file"), key);
        sshGrid.visibleProperty().bind(ssh.selectedProperty());
        sshGrid.managedProperty().bind(ssh.selectedProperty());
        user.setText(System.getProperty("user.name", ""));
        port.setText("7878");
        sshPort.setText("22");

        check(host, true, AgentFields::hostProblem);
        check(port, true, p -> AgentFields.portProblem("Agent port", p));
        check(token, false, AgentFields::tokenProblem);
        check(sshPort, false, p -> ssh.isSelected() ? AgentFields.portProblem("SSH port", p) : null);
        ssh.selectedProperty().addListener((o, a, b) -> validation.revalidate());
        validation.validationResultProperty().addListener((o, a, r) -> error.setText(r.getMessages().stream()
                .map(ValidationMessage::getText).distinct().collect(Collectors.joining("\n"))));

        Label tokenNote = new Label("Tokens are not written to the project file: after reopening it, type the token again "
                + "or start the workbench with " + AgentSources.TOKEN_ENV + " set.");
        tokenNote.setWrapText(true);
        tokenNote.getStyleClass().add("muted");
        Button add = new Button("Add agent");
        add.setId("agent-add");
        add.setDefaultButton(true);
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> !Boolean.FALSE.equals(validation.isInvalid()),
                validation.invalidProperty()));
        add.setOnAction(e -> add(onAdd));
        add.setTooltip(new Tooltip("List this agent under Measurement sources (then Test connection)"));
        Button cancel = new Button("Cancel");
        cancel.setTooltip(new Tooltip("Close this form without adding anything"));
        cancel.setOnAction(e -> onCancel.run());
        getChildren().addAll(title, what, g, ssh, sshGrid, tokenNote, new HBox(8, add, cancel), error);
    }

    private void check(TextField f, boolean required, Function<String, String> problem) {
        validation.registerValidator(f, required, (javafx.scene.control.Control c, String v) ->
                Validator.<String>createPredicateValidator(x -> problem.apply(x) == null, String.valueOf(problem.apply(v)))
                        .apply(c, v));
    }

    private void add(BiConsumer<String, String> onAdd) {
        String spec;
        try {
            spec = fields().spec();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        error.setText("");
        onAdd.accept(spec, token.getText().isBlank() ? null : token.getText().trim());
    }

    private AgentFields fields() {
        return new AgentFields(host.getText(), port.getText(), ssh.isSelected(), user.getText(), sshPort.getText(), key.getText());
    }

    /** The form's validation, whose messages sit on the fields (tests). */
    ValidationSupport validation() {
        return validation;
    }

    /** The spec the fields make now (tests). */
    String spec() {
        return fields().spec();
    }

    private static void tip(javafx.scene.control.Control c, String text) {
        c.setTooltip(new Tooltip(text));
    }

    private static TextField field(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(22);
        return t;
    }
}
