package io.evolp.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * The "background jobs" corner of the status bar: the oldest running job's title and progress at a
 * glance, and a button that opens a ControlsFX {@link TaskProgressView} (in a {@link PopOver}) listing
 * every job with its progress, latest message and a cancel button.
 */
public final class JobsView extends HBox {

    private final FxTaskRunner runner;
    private final TaskProgressView<FxJob<?>> view = new TaskProgressView<>();
    private final PopOver popOver = new PopOver(view);
    private final Button button = new Button("Jobs");
    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar();

    public JobsView(FxTaskRunner runner) {
        super(6);
        this.runner = runner;
        getStyleClass().add("jobs-corner");
        view.setId("jobs-view");
        view.setPrefSize(460, 260);
        popOver.setTitle("Background jobs");
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        popOver.setAnimated(false); // no fade: it opens where it stays, and a click lands where it is aimed
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        button.setId("jobs-button");
        button.setOnAction(e -> toggle());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(
                "Background jobs: each one's progress, latest message and Cancel");
        button.setTooltip(tip);
        // No tooltip while the list is open: it popped up over the list's Cancel buttons next to the pointer.
        popOver.showingProperty().addListener((o, was, showing) -> {
            button.setTooltip(showing ? null : tip);
            if (showing) tip.hide();
        });
        title.setId("jobs-summary");
        title.getStyleClass().add("task-title");
        title.setMaxWidth(320);
        bar.setId("jobs-progress");
        bar.setPrefWidth(120);
        javafx.scene.control.Tooltip.install(title, new javafx.scene.control.Tooltip("The oldest job still running"));
        bar.setTooltip(new javafx.scene.control.Tooltip("Progress of the oldest running job (moving: not measurable yet)"));
        getChildren().addAll(title, bar, button);
        runner.running().addListener((ListChangeListener<FxJob<?>>) c -> {
            while (c.next()) view.getTasks().addAll(c.getAddedSubList());
            refresh();
        });
        view.getTasks().addAll(runner.running());
        refresh();
    }

    /** Opens the list of jobs above the button, or closes it. */
    public void toggle() {
        if (popOver.isShowing()) popOver.hide();
        else popOver.show(button);
    }

    public boolean isOpen() {
        return popOver.isShowing();
    }

    /** The summary follows the oldest running job; the button counts them. */
    private void refresh() {
        int n = runner.running().size();
        button.setText(n == 0 ? "Jobs" : n == 1 ? "1 job" : n + " jobs");
        title.textProperty().unbind();
        bar.progressProperty().unbind();
        boolean any = n > 0;
        title.setVisible(any);
        title.setManaged(any);
        bar.setVisible(any);
        bar.setManaged(any);
        if (any) {
            FxJob<?> first = runner.running().get(0);
            title.textProperty().bind(first.titleProperty());
            bar.progressProperty().bind(first.progressProperty()); // -1 is JavaFX's indeterminate
        }
    }
}
