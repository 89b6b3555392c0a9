package io.evolp.compress;

import io.evolp.core.ModelSpec;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.MeasurementSource;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The EvoLP loop (DESIGN §1.7): search the budget with the evolving predictor → measure the
 * candidate → feed the correction → search again, until a candidate is <em>confidently</em> in the
 * window or the measurement budget is spent.
 *
 * <p>Confidence (issue 10): every measurement carries its spread, and a candidate's measurements
 * are pooled into an {@link Evidence} (estimate ± standard error). A candidate whose estimate is
 * in the window but whose 90 % interval reaches outside is measured again (adaptive rounds, up to
 * {@link #MAX_ROUNDS}); one whose interval lies inside is confirmed by one more, independent
 * measurement before the session says converged. When even {@link #MAX_ROUNDS} rounds could not
 * place a candidate in the window, the session ends saying plainly that the noise is wider than
 * the window, with the numbers and the remedies. What the correction is fed: {@link SessionFeed};
 * what is measured next: {@link CandidatePlan} (the GUI's preview calls the same).
 *
 * <p>Threading: {@link #step} and {@link #run} block while the source measures, so a GUI calls them
 * on a worker; listeners run on that worker after each step (marshal to the FX thread yourself).
 * The state is guarded by this object's monitor, which is <em>not</em> held while measuring, so
 * {@link #addUserMeasurement}, {@link #candidate()} or {@link #result()} never wait for a device.
 */
public final class CompressionSession {

    /** Source label of a latency the user typed in. */
    public static final String USER_SOURCE = "user";
    /** Most independent measurements of one candidate before the session gives up on placing it. */
    public static final int MAX_ROUNDS = 10;
    /** Two-sided 99 %: a confirmation further than this from the estimate disagrees with it. */
    private static final double CONSISTENT_Z = 2.576;

    private final SessionSettings settings;
    private final BudgetSearch search;
    private final MeasurementSource source;
    private final List<Consumer<SessionStep>> listeners = new CopyOnWriteArrayList<>();

    private final EvolvingPredictor start;
    private EvolvingPredictor predictor;
    private BudgetSearch.Result candidate; // the plan with the current predictor; null = stale
    private BudgetSearch.Result held;      // the candidate to measure again (repeat or confirm), else null
    private String nextKind = SessionStep.SEARCH;
    private final List<SessionStep> steps = new ArrayList<>();
    private final List<MeasuredCandidate> measured = new ArrayList<>();
    private boolean finished;
    private final ConfirmationGap confirmGap;
    private SessionState state = SessionState.RUNNING;
    private String reason = "not started";

    /**
     * @param base            model to compress (full or already pruned)
     * @param importance      γ importance for {@code base}, or {@link ChannelImportance#uniform()}
     * @param predictor       evolving predictor; the session evolves its own copy
     * @param source          where candidates are measured; not closed by the session
     * @param maxMeasurements stop after this many measurements (rounds and confirmations count)
     */
    public CompressionSession(ModelSpec base, ChannelImportance importance, EvolvingPredictor predictor,
                              MeasurementSource source, double budgetMs, int maxMeasurements,
                              BudgetSearch.Options options) {
        this.search = new BudgetSearch(base, importance, options);
        this.settings = new SessionSettings(base, importance.description(), search.mode(), budgetMs,
                predictor.corrections().kind(), source.id(), source.simulated(), maxMeasurements, options);
        this.source = source;
        this.confirmGap = new ConfirmationGap(source.independenceGap());
        this.start = predictor;
        this.predictor = predictor;
        if (maxMeasurements == 0) finish(SessionState.PREDICTION_ONLY, "the measurement budget is 0: prediction only");
    }

    public SessionSettings settings() { return settings; }

    public BudgetSearch search() { return search; }

    public void addListener(Consumer<SessionStep> listener) { listeners.add(listener); }

    public void removeListener(Consumer<SessionStep> listener) { listeners.remove(listener); }

    public synchronized EvolvingPredictor predictor() { return predictor; }

    /**
     * How long a confirmation waits after the measurement before it (default: the source's
     * {@link MeasurementSource#independenceGap()}, 10 s on real hardware, 0 simulated or replayed), so
     * that it is independent of the device's momentary speed rather than a second look at it.
     */
    public Duration confirmGap() { return confirmGap.gap(); }

    public void setConfirmGap(Duration gap) { confirmGap.set(gap); }

    public synchronized List<SessionStep> steps() { return List.copyOf(steps); }

    public synchronized List<MeasuredCandidate> measuredCandidates() { return List.copyOf(measured); }

    public synchronized boolean finished() { return finished; }

    public synchronized SessionState state() { return state; }

    /** Why the session stopped, or its state while running. */
    public synchronized String reason() { return reason; }

    /** What the next automatic step does: {@code search}, {@code repeat} or {@code confirm}. */
    public synchronized String nextKind() { return nextKind; }

    /** The model the next step measures: a held candidate (repeat, confirm) or the plan's. */
    public synchronized BudgetSearch.Result candidate() {
        if (held != null) return held;
        if (candidate == null) candidate = plan(settings.budgetMs());
        return candidate;
    }

    /** {@link CandidatePlan#next} with this session's predictor and candidates: what the GUI previews at any budget. */
    public synchronized BudgetSearch.Result plan(double budgetMs) {
        return CandidatePlan.next(search, budgetMs, predictor, measured, settings.budgetMs());
    }

    synchronized double localFactor() {
        return CandidatePlan.localFactor(predictor, measured, settings.budgetMs());
    }

    public synchronized SessionResult result() {
        return SessionResult.of(settings, steps, candidate(), finished, state, reason);
    }

    /** One automatic round: measure the current candidate (blocking, cancellable) and evolve. */
    public SessionStep step(ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        BudgetSearch.Result c;
        String kind;
        synchronized (this) {
            if (finished) throw new IllegalStateException("the session has finished: " + reason);
            c = candidate();
            kind = nextKind;
        }
        if (SessionStep.CONFIRM.equals(kind)) confirmGap.await(monitor);
        Measurement m = await(source.measureModel(c.model(), monitor), monitor);
        confirmGap.measured();
        return record(c, m, kind);
    }

    public SessionStep step() {
        return step(ProgressMonitor.NONE);
    }

    /**
     * Steps until the session finishes, {@code maxSteps} more measurements were taken, or the
     * monitor is cancelled ({@link CancelledException}; the steps taken so far are kept).
     */
    public SessionResult run(int maxSteps, ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        for (int i = 0; i < maxSteps && !finished(); i++) {
            monitor.checkCancelled();
            SessionStep s = step(monitor);
            monitor.progress(s.index() + 1, settings.maxMeasurements(), String.format(
                    "measurement %d (%s): %.4g ms for a predicted %.4g ms (budget %.4g ms)", s.index() + 1, s.kind(),
                    s.measuredMs(), s.predictedMs(), settings.budgetMs()));
        }
        return result();
    }

    /** Runs until the session finishes by itself. */
    public SessionResult run(ProgressMonitor pm) {
        return run(Integer.MAX_VALUE, pm);
    }

    /**
     * The user measured the current candidate themselves: evolves exactly as an automatic
     * measurement (source "user", not simulated). Allowed after the session finished too — a
     * better-informed predictor is never wrong to have — and may then finish it as converged.
     *
     * @param spreadMs the user's ± (taken as the standard deviation of the number; 0 = unknown)
     */
    public SessionStep addUserMeasurement(double ms, double spreadMs) {
        if (!(ms > 0) || Double.isInfinite(ms)) throw new IllegalArgumentException("a measured latency must be a positive number of ms, was " + ms);
        BudgetSearch.Result c = candidate();
        return record(c, new Measurement(ms, Math.max(0, spreadMs), 1, Instant.now(), USER_SOURCE, false, "typed by the user"),
                SessionStep.USER);
    }

    public SessionStep addUserMeasurement(double ms) {
        return addUserMeasurement(ms, 0);
    }

    private SessionStep record(BudgetSearch.Result c, Measurement m, String kind) {
        SessionStep step;
        synchronized (this) {
            int i = indexOf(c.widths());
            Evidence before = i < 0 ? null : measured.get(i).evidence();
            MeasuredCandidate mc = i < 0 ? MeasuredCandidate.first(c, m) : measured.get(i).with(m);
            if (i < 0) measured.add(mc);
            else measured.set(i, mc);
            // Every candidate is judged with the noise of the whole session so far (SessionNoise):
            // the decision, the plan and the feed below all read the same evidence.
            SessionNoise noise = SessionNoise.of(measured);
            measured.replaceAll(x -> x.withSessionNoise(noise));
            if (before != null) before = Evidence.of(measured.get(i).measurements().subList(0, measured.get(i).measurements().size() - 1), noise);
            mc = measured.get(i < 0 ? measured.size() - 1 : i);
            predictor = SessionFeed.evolve(start, measured, settings.budgetMs());
            candidate = null;
            held = null;
            nextKind = SessionStep.SEARCH;
            Evidence e = mc.evidence();
            Evidence.Verdict v = e.verdict(settings.windowLowMs(), settings.windowHighMs());
            step = new SessionStep(steps.size(), c.widths(), c.ratio(), c.keptRatio(), c.rawMs(), c.correctedMs(), c.band(),
                    m, predictor.corrections().forFamily(c.model().family()).parameters(), c.outcome(), c.probes(),
                    settings.inWindow(m.medianMs()), kind, e.estimateMs(), e.standardErrorMs(), e.measurements(), v);
            steps.add(step);
            SessionDecision.Next next = new SessionDecision(settings, MAX_ROUNDS, CONSISTENT_Z)
                    .decide(c, m, kind, e, before, finished, state);
            CandidatePlan.Bracket gap = next.state() == null && !finished && SessionStep.SEARCH.equals(next.kind())
                    ? CandidatePlan.windowSkipped(search, settings.budgetMs(), predictor, measured) : null;
            if (next.state() != null) finish(next.state(), next.reason());
            else if (gap != null) finish(SessionState.NO_CANDIDATE_IN_WINDOW, SessionDecision.gapReason(settings, gap));
            else if (!finished) {
                reason = next.reason();
                nextKind = next.kind();
                held = SessionStep.SEARCH.equals(next.kind()) ? null : c;
                if (steps.size() >= settings.maxMeasurements()) finish(SessionState.BUDGET_SPENT, "measurement budget spent ("
                        + steps.size() + " measurements) before a candidate was confirmed in the window; last: " + next.reason());
            }
        }
        for (Consumer<SessionStep> l : listeners) l.accept(step);
        return step;
    }

    private int indexOf(List<Integer> widths) {
        for (int i = 0; i < measured.size(); i++) if (measured.get(i).widths().equals(widths)) return i;
        return -1;
    }

    private void finish(SessionState s, String why) {
        finished = true;
        state = s;
        reason = why;
        held = null;
    }

    /** Waits for the measurement, forwarding a cancelled monitor to the future. */
    private static Measurement await(CompletableFuture<Measurement> f, ProgressMonitor pm) {
        while (true) {
            try {
                return f.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (pm.isCancelled()) {
                    f.cancel(true);
                    throw new CancelledException();
                }
            } catch (CancellationException e) {
                throw new CancelledException();
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof MeasurementException me) throw me;
                throw new MeasurementException("measurement failed: " + cause, cause);
            }
        }
    }
}
