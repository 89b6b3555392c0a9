package io.evolp.ui.common;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Announces finished and failed long jobs as ControlsFX {@link Notifications} in the corner of the
 * main window, the way desktop tools say "your export is done" without stealing focus.
 */
public final class JobNotifications implements JobAnnouncer {

    private final Supplier<Window> owner;

    /** {@code owner} is asked each time, since the window may be replaced or closed. */
    public JobNotifications(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void finished(String title, double seconds) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) return;
        base(w).title("Finished").text(finishedText(title, seconds)).showInformation();
    }

    @Override
    public void failed(String title, String message) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) return;
        base(w).title(title + " failed").text(message).showError();
    }

    /** "Training evolp on tx2 — done in 12.3 s". */
    static String finishedText(String title, double seconds) {
        String took = seconds < 60 ? String.format(Locale.ROOT, "%.1f s", seconds)
                : String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
        return title + " — done in " + took;
    }

    private static Notifications base(Window w) {
        return Notifications.create().owner(w).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(6));
    }
}
