package io.evolp.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Future;

/**
 * One unit of background work as the status bar shows it: title, progress, message, state, and a
 * cancel that reaches both the core computation (via its monitor) and the thread.
 * Properties are only changed on the FX thread.
 */
public final class BackgroundTask {

    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final FxProgressMonitor monitor;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.RUNNING);
    volatile Future<?> future;

    BackgroundTask(String title, FxProgressMonitor monitor) {
        this.title = title;
        this.monitor = monitor;
    }

    public String title() { return title; }
    public FxProgressMonitor monitor() { return monitor; }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public State state() { return state.get(); }

    /** Requests cancellation: the core stops at its next check, the thread is interrupted. */
    public void cancel() {
        monitor.cancel();
        Future<?> f = future;
        if (f != null) f.cancel(true);
    }

    /** Called by the FX poller. */
    void poll() {
        progress.set(monitor.fraction());
        message.set(monitor.message());
    }

    void finish(State s, String finalMessage) {
        state.set(s);
        if (finalMessage != null) message.set(finalMessage);
        if (s == State.SUCCEEDED) progress.set(1);
    }
}
