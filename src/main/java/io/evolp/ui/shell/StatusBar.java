package io.evolp.ui.shell;

import io.evolp.ui.common.FxJob;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.common.JobsView;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Bottom of the main window: a short status text on the left and the background jobs on the right
 * (the oldest running job at a glance; a button opens the list of all jobs with progress and cancel).
 *
 * <p>A message is news, not a state: it stays for {@link #EXPIRY} and then gives way to what is
 * really happening — "Working: <the oldest running job>" or "Ready" — so a line like "the loop
 * starts in 3 s" cannot outlive the moment it describes. The tooltip keeps the last message with
 * its time, for whoever looked away.
 */
public final class StatusBar extends HBox {

    static final Duration EXPIRY = Duration.seconds(8);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Label text = new Label("Ready");
    private final Tooltip tip = new Tooltip("No messages yet. Messages show here for a few seconds; then the "
            + "status says what is running, or Ready.");
    private final JobsView jobs;
    private final FxTaskRunner background;
    private final PauseTransition expiry = new PauseTransition(EXPIRY);
    private boolean showingMessage;

    public StatusBar(FxTaskRunner background) {
        this.background = background;
        getStyleClass().add("status-bar");
        setId("status-bar");
        text.getStyleClass().add("status-text");
        text.setId("status-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(120);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        text.setTooltip(tip);
        HBox.setHgrow(text, Priority.ALWAYS);
        jobs = new JobsView(background);
        jobs.setId("status-tasks");
        getChildren().addAll(text, jobs);
        expiry.setOnFinished(e -> {
            showingMessage = false;
            showActivity();
        });
        background.running().addListener((ListChangeListener<FxJob<?>>) c -> {
            if (!showingMessage) showActivity();
        });
    }

    /** Shows {@code status} for a few seconds (then the running work, or Ready). */
    public void setText(String status) {
        text.setText(status);
        tip.setText("Last message, at " + LocalTime.now().format(CLOCK) + ":\n" + status);
        showingMessage = true;
        expiry.playFromStart();
    }

    public String text() {
        return text.getText();
    }

    /** The last message shown, with its time, even after it expired (what its tooltip shows). */
    public String lastMessage() {
        return tip.getText();
    }

    /** How long a message stays (tests shorten it). */
    void expireAfter(Duration d) {
        expiry.setDuration(d);
    }

    /** What the status says between messages: the oldest running job, or Ready. */
    static String activity(java.util.List<String> runningTitles) {
        if (runningTitles.isEmpty()) return "Ready";
        String first = "Working: " + runningTitles.get(0);
        return runningTitles.size() == 1 ? first : first + " (and " + (runningTitles.size() - 1) + " more)";
    }

    private void showActivity() {
        text.setText(activity(background.running().stream().map(FxJob::getTitle).toList()));
    }

    /** The background jobs corner (its list opens from here). */
    public JobsView jobs() {
        return jobs;
    }
}
