package io.evolp.ui.shell;

import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.common.JobsView;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Bottom of the main window: a short status text on the left and the background jobs on the right
 * (the oldest running job at a glance; a button opens the list of all jobs with progress and cancel).
 */
public final class StatusBar extends HBox {

    private final Label text = new Label("Ready");
    private final JobsView jobs;

    public StatusBar(FxTaskRunner background) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        text.getStyleClass().add("status-text");
        text.setId("status-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(120);
        HBox.setHgrow(text, Priority.ALWAYS);
        jobs = new JobsView(background);
        jobs.setId("status-tasks");
        getChildren().addAll(text, jobs);
    }

    public void setText(String status) {
        text.setText(status);
    }

    public String text() {
        return text.getText();
    }

    /** The background jobs corner (its list opens from here). */
    public JobsView jobs() {
        return jobs;
    }
}
