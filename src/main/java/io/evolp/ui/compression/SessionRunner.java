package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.compress.SessionStep;
import io.evolp.measure.MeasurementSource;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import io.evolp.task.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs the EvoLP loop of one {@link CompressionSession} on a background task: Run steps until the
 * session finishes or Pause is pressed (the current measurement completes first), Step takes one
 * measurement, Reset drops the session (cancelling a running measurement). The session is created
 * lazily, on the worker, from the settings current when Run, Step or a typed sample first needs it.
 *
 * <p>Threading: public methods are called on the FX thread. The session's listener runs on the
 * worker, builds a {@link StepUpdate} there and hands it to the FX thread through the {@code fx}
 * executor ({@code Platform::runLater} in the app; the caller's thread with a synchronous runner in
 * tests); updates of a session that was reset meanwhile are dropped (epoch check). Results come back
 * through the runner's futures, which the app's runner completes on the FX thread.
 */
final class SessionRunner {

    /** What the screen hears, always on the FX thread. */
    interface Events {
        void sessionStarted(SessionSettings settings);

        void stepArrived(StepUpdate update);

        void runEnded(SessionResult result);
    }

    /** What the loop is doing, for a status line that tells the truth (FX thread). */
    enum Activity { IDLE, RUNNING, STEPPING, PAUSING }

    private static final long SLICE_MS = 50;

    private final TaskRunner tasks;
    private final Executor fx;
    private final Events events;
    private final Object lock = new Object();
    private CompressionSession session;      // guarded by lock
    private MeasurementSource source;        // guarded by lock
    private long epoch;                      // guarded by lock; bumped by reset
    private volatile double delaySeconds;
    private Token token;                     // FX thread: the running loop's stop flags
    private CompletableFuture<?> activeRun;  // FX thread
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>(Activity.IDLE);

    SessionRunner(TaskRunner tasks, Executor fx, Events events) {
        this.tasks = tasks;
        this.fx = fx;
        this.events = events;
    }

    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Running (Run), stepping (one Step), pausing (Pause pressed, a measurement still on) or idle. */
    ReadOnlyObjectProperty<Activity> activityProperty() { return activity.getReadOnlyProperty(); }

    /** Classroom pace: seconds to wait between automatic measurements (read live by the loop). */
    void setDelaySeconds(double s) { delaySeconds = Math.max(0, s); }

    double delaySeconds() { return delaySeconds; }

    CompressionSession session() {
        synchronized (lock) {
            return session;
        }
    }

    /** Measures until the session finishes or {@link #pause()}. */
    void run(SessionPlan plan) {
        loop(plan, Integer.MAX_VALUE, "Compression: running the EvoLP loop");
    }

    /** One measurement of the current candidate. */
    void step(SessionPlan plan) {
        loop(plan, 1, "Compression: one step");
    }

    /** Stops after the measurement in progress. */
    void pause() {
        if (token != null) {
            token.pause = true;
            activity.set(Activity.PAUSING);
        }
    }

    /** Drops the session; a running measurement is cancelled, its source closed when the loop has ended. */
    void reset() {
        MeasurementSource old;
        synchronized (lock) {
            epoch++;
            old = source;
            session = null;
            source = null;
        }
        if (token != null) token.cancelled = true;
        if (old != null) {
            if (activeRun != null) activeRun.whenComplete((r, e) -> old.close());
            else old.close();
        }
    }

    /** The user measured the current candidate: evolve from it exactly as from an automatic measurement. */
    CompletableFuture<SessionStep> addUserMeasurement(double ms, SessionPlan plan) {
        long mine = currentEpoch();
        return tasks.submit("Compression: adding your measured sample", pm -> ensure(plan, mine).addUserMeasurement(ms))
                .result();
    }

    private void loop(SessionPlan plan, int maxSteps, String title) {
        if (running.get()) return;
        Token t = new Token();
        token = t;
        activity.set(maxSteps == 1 ? Activity.STEPPING : Activity.RUNNING);
        running.set(true);
        long mine = currentEpoch();
        CompletableFuture<SessionResult> f = tasks.submit(title, pm -> {
            ProgressMonitor m = t.wrap(pm);
            CompressionSession s = ensure(plan, mine);
            for (int n = 0; n < maxSteps && !s.finished() && !t.pause; n++) {
                m.checkCancelled();
                s.step(m);
                if (n + 1 < maxSteps && !s.finished()) waitBetweenSteps(m, t);
            }
            return s.result();
        }).result();
        activeRun = f;
        f.whenComplete((result, e) -> {
            if (e == null && mine == currentEpoch()) events.runEnded(result);
            if (token == t) {
                token = null;
                activeRun = null;
                activity.set(Activity.IDLE);
                running.set(false);
            }
        });
    }

    private long currentEpoch() {
        synchronized (lock) {
            return epoch;
        }
    }

    /** The session of this epoch, created on first use (on the worker: the search sorts all γ). */
    private CompressionSession ensure(SessionPlan plan, long mine) {
        synchronized (lock) {
            if (mine != epoch) throw new CancelledException();
            if (session != null) return session;
            Prepared p = plan.prepared();
            MeasurementSource src = plan.source().open();
            CompressionSession s = new CompressionSession(p.base(), p.importance(), p.start(), src, plan.budgetMs(),
                    plan.maxMeasurements(), BudgetSearch.Options.defaults());
            s.addListener(step -> {
                StepUpdate u = StepUpdate.of(step, s, p.base());
                fx.execute(() -> {
                    if (mine == currentEpoch()) events.stepArrived(u);
                });
            });
            session = s;
            source = src;
            SessionSettings settings = s.settings();
            fx.execute(() -> {
                if (mine == currentEpoch()) events.sessionStarted(settings);
            });
            return s;
        }
    }

    /** The classroom pause between measurements; ends early on Pause, Reset or cancel. */
    private void waitBetweenSteps(ProgressMonitor m, Token t) {
        long waited = 0;
        try {
            while (waited < delaySeconds * 1000 && !t.pause) {
                m.checkCancelled();
                m.progress(-1, 0, String.format("next measurement in %.1f s", delaySeconds - waited / 1000.0));
                Thread.sleep(SLICE_MS);
                waited += SLICE_MS;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Stop flags of one Run/Step; Reset's cancel reaches the measurement through the wrapped monitor. */
    private static final class Token {
        volatile boolean pause;
        volatile boolean cancelled;

        ProgressMonitor wrap(ProgressMonitor pm) {
            return new ProgressMonitor() {
                @Override public void progress(long done, long total, String message) { pm.progress(done, total, message); }
                @Override public boolean isCancelled() { return cancelled || pm.isCancelled(); }
            };
        }
    }
}
