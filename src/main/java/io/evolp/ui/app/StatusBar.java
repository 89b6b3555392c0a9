package io.evolp.ui.app;

import io.evolp.ui.common.BackgroundTask;
import io.evolp.ui.common.BackgroundTasks;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Bottom of the main window: a short status text on the left and one row per running background
 * task (title, progress bar — indeterminate while the task cannot say how far it is —, its latest
 * message and a cancel button). Rows follow {@link BackgroundTasks#running()}.
 */
public final class StatusBar extends HBox {

    private final Label text = new Label("Ready");
    private final HBox tasks = new HBox(16);

    public StatusBar(BackgroundTasks background) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        text.getStyleClass().add("status-text");
        text.setId("status-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(120);
        HBox.setHgrow(text, Priority.ALWAYS);
        tasks.setId("status-tasks");
        getChildren().addAll(text, tasks);
        background.running().addListener((ListChangeListener<BackgroundTask>) c -> rebuild(background));
        rebuild(background);
    }

    public void setText(String status) {
        text.setText(status);
    }

    public String text() {
        return text.getText();
    }

    private void rebuild(BackgroundTasks background) {
        tasks.getChildren().setAll(background.running().stream().map(StatusBar::row).toList());
    }

    private static HBox row(BackgroundTask t) {
        Label title = new Label(t.title());
        title.getStyleClass().add("task-title");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        bar.progressProperty().bind(t.progressProperty()); // -1 is JavaFX's indeterminate
        Label message = new Label();
        message.textProperty().bind(t.messageProperty());
        message.setMaxWidth(280);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("cancel-task");
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            t.cancel();
        });
        HBox row = new HBox(title, bar, message, cancel);
        row.getStyleClass().add("task-row");
        return row;
    }
}
