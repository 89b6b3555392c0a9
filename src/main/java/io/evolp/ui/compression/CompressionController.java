package io.evolp.ui.compression;

import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionResult;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.common.LatestWins;
import io.evolp.ui.workspace.CompressionPreset;
import javafx.util.Duration;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Controller role of the Compression screen: its actions — prepare a setup, re-plan for the budget,
 * Run / Step / Pause / Reset the EvoLP loop, add a measured sample, show a saved session, apply a
 * preset — on a {@link TaskRunner}, writing the outcomes into the {@link CompressionModel}. It touches
 * no Node, so it is tested without a window. Preparing and planning are "latest wins"
 * ({@link LatestWins}); the screen debounces them, a window-free test does not (no FX timer there).
 */
final class CompressionController {

    private final CompressionModel m;
    private final Dialogs dialogs;
    private final SessionRunner runner;
    private final Consumer<SetupChoice> preparer;
    private final Consumer<PlanRequest> planner;
    private final PlanChecks checks;
    private final boolean debounce;

    /**
     * @param fx       hands the session's events to the UI thread ({@code Platform::runLater} in the app)
     * @param debounce wait briefly for typed and dragged inputs to settle (needs the FX toolkit)
     */
    CompressionController(CompressionModel model, TaskRunner tasks, Executor fx, Dialogs dialogs, boolean debounce) {
        this.m = model;
        this.debounce = debounce;
        this.dialogs = dialogs;
        this.checks = new PlanChecks(model);
        this.runner = new SessionRunner(tasks, fx, new SessionRunner.Events() {
            @Override public void sessionStarted(io.evolp.compress.SessionSettings s) { m.sessionSettings.set(s); }
            @Override public void stepArrived(StepUpdate u) { onStep(u); }
            @Override public void runEnded(SessionResult r) { onResult(r); }
        });
        this.preparer = latest(tasks, "Compression: preparing the setup", 50, Preparation::prepare, this::onPrepared);
        this.planner = latest(tasks, "Compression: planning for the budget", 120, PlanRequest::plan, this::onPlan);
        m.running.bind(runner.runningProperty());
        m.running.addListener((o, a, v) -> refresh());
        runner.activityProperty().addListener((o, a, v) -> refresh());
        m.sourceSpec.addListener((o, a, v) -> refresh());
        m.budget.addListener((o, a, v) -> requestPlan());
        m.pace.addListener((o, a, v) -> runner.setDelaySeconds(v.doubleValue()));
    }

    private <I, O> Consumer<I> latest(TaskRunner tasks, String title, long debounceMs, Function<I, O> work,
                                      Consumer<O> publish) {
        LatestWins<I, O> lw = new LatestWins<>(tasks, title, Duration.millis(debounce ? debounceMs : 0),
                i -> pm -> work.apply(i), publish);
        return lw::submit;
    }

    SessionRunner runner() { return runner; }

    boolean sessionFinished() {
        CompressionSession s = runner.session();
        return s != null && s.finished();
    }

    // ---- setup and plan ----------------------------------------------------------------------------

    /** The setup choice changed (or the screen was shown without a prepared setup): prepare it. */
    void setupChanged() {
        SetupChoice choice = m.choice.get();
        if (choice == null) {
            m.prepared.set(null);
            m.full.set(null);
            m.planText.set("Train a predictor on the Predictors screen, then come back: the plan needs one.");
            refresh();
            return;
        }
        preparer.accept(choice);
    }

    private void onPrepared(Preparation.Outcome o) {
        m.importanceError.set(o.importanceError() == null ? "" : o.importanceError());
        if (o.prepared() == null) {
            m.prepared.set(null);
            m.planText.set("Fix the channel importance (see the message under it) to plan.");
            refresh();
            return;
        }
        Prepared p = o.prepared();
        m.prepared.set(p);
        if (runner.session() == null) showCurve(p.curve());
        // The budget is a number of ms the user chose for their deployment: a new predictor or model
        // keeps it (the budget control says so when the new range cannot hold it).
        m.full.set(m.evolved.get() != null && checks.sessionOfPrepared() ? m.evolved.get().predict(p.base()) : p.full());
        boolean current = p.choice().equals(m.choice.get()); // not an older preparation
        CompressionPreset preset = m.pendingPreset.get();
        if (current && preset != null && preset.budgetShare() != null) {
            m.budget.set(Math.max(BudgetControl.MIN_SHARE, Math.min(1, preset.budgetShare())) * p.full().correctedMs());
        }
        if (current) m.pendingPreset.set(null);
        requestPlan();
        refresh();
        if (current && m.runWhenReady.get()) {
            m.runWhenReady.set(false);
            run();
        }
    }

    private void requestPlan() {
        Prepared p = m.prepared.get();
        if (p == null) return;
        boolean same = checks.sessionOfPrepared();
        EvolvingPredictor predictor = same && m.evolved.get() != null ? m.evolved.get() : p.start();
        planner.accept(new PlanRequest(p, predictor, m.budget.get(), same ? runner.session() : null));
    }

    private void onPlan(PlanRequest.Plan plan) {
        Prepared p = m.prepared.get();
        if (plan.request().prepared() != p) return; // planned for a setup the user has left
        double b = plan.request().budgetMs();
        m.publishedPlans.add(b);
        m.planText.set(Texts.plan(b, plan.result(), p.search().options()));
        if (runner.session() == null) m.nextCandidate.set(plan.result());
        if (m.viewing.get() == null) {
            m.widths.set(new CompressionModel.Widths(p.layerNames(), p.fullWidths(), plan.result().widths(),
                    "pruned: plan for " + Texts.ms(b) + " ms (" + p.importance().description() + ")"));
        }
        refresh();
    }

    // ---- the session -------------------------------------------------------------------------------

    /** The plan a new session would start from; null when nothing is prepared. */
    private SessionPlan currentPlan() {
        Prepared p = m.prepared.get();
        if (p == null) return null;
        if (runner.session() == null && !runner.runningProperty().get()) m.sessionPlan.set(null); // a failed start
        SessionPlan now = new SessionPlan(p, m.budget.get(), m.maxMeasurements.get(), m.source.get());
        if (runner.session() == null && m.sessionPlan.get() == null) m.sessionPlan.set(now);
        return m.sessionPlan.get() != null ? m.sessionPlan.get() : now;
    }

    void run() {
        leaveSavedView();
        SessionPlan p = currentPlan();
        if (p != null) runner.run(p);
    }

    void step() {
        leaveSavedView();
        SessionPlan p = currentPlan();
        if (p != null) runner.step(p);
    }

    void pause() {
        runner.pause();
    }

    /** Starts over: the next Run, Step or typed sample creates a session with the current settings. */
    void reset() {
        m.runWhenReady.set(false);
        runner.reset();
        m.sessionPlan.set(null);
        m.evolved.set(null);
        m.lastResult.set(null);
        m.nextCandidate.set(null);
        m.viewing.set(null);
        m.stepCaption.set("");
        m.steps.clear();
        m.sessionSettings.set(null);
        Prepared p = m.prepared.get();
        showCurve(p == null ? null : p.curve());
        if (p != null) m.full.set(p.full());
        requestPlan();
        refresh();
    }

    /** "Add measured sample…": a latency the user measured for the current candidate. */
    void addMeasuredSample() {
        if (m.prepared.get() == null) return;
        Optional<String> typed = dialogs.askText(Texts.sampleTitle(m.steps.size() + 1),
                Texts.samplePrompt(m.nextCandidate.get()), "");
        if (typed.isEmpty()) return;
        double ms;
        try {
            ms = LatencyInput.parse(typed.get());
        } catch (IllegalArgumentException e) {
            m.sampleError.set(e.getMessage());
            dialogs.error("Add measured sample", e.getMessage());
            return;
        }
        m.sampleError.set("");
        leaveSavedView();
        runner.addUserMeasurement(ms, currentPlan());
    }

    private void onStep(StepUpdate u) {
        m.evolved.set(u.predictor());
        m.stepCaption.set(Texts.caption(u.step()));
        m.lastResult.set(u.result());
        m.nextCandidate.set(u.next());
        m.steps.add(u.step());
        showCurve(u.curve());
        // The session's own model: the setup may have moved to another model since it started.
        var model = u.settings().model();
        m.widths.set(new CompressionModel.Widths(Preparation.layerNames(model), Preparation.fullWidths(model),
                u.step().widths(), String.format("pruned: candidate of step %d, measured %s ms",
                u.step().index() + 1, Texts.ms(u.step().measuredMs()))));
        if (m.prepared.get() != null && checks.sessionOfPrepared()) m.full.set(u.full());
        requestPlan();
        refresh();
    }

    private void onResult(SessionResult r) {
        m.lastResult.set(r);
        refresh();
    }

    private void showCurve(CorrectionCurve c) {
        m.curve.set(c);
        m.correctionText.set(c == null ? "" : c.describe());
    }

    /** Recomputes the status line, the device warning and whether the session has finished. */
    void refresh() {
        m.status.set(checks.status(runner.session(), runner.activityProperty().get()));
        m.deviceWarning.set(checks.deviceWarning());
        m.finished.set(sessionFinished() && m.viewing.get() == null);
    }

    // ---- presets (welcome screen, classroom demo) ---------------------------------------------------

    /** After the view selected a preset's choices: sets its pace and keeps its budget share for the preparation. */
    void presetApplied(CompressionPreset p) {
        if (p.paceSeconds() != null) m.pace.set(PaceControl.clamp(p.paceSeconds()));
        m.pendingPreset.set(p);
        setupChanged();
    }

    /** Presses Run now if the setup is prepared, else as soon as its preparation arrives. */
    void runWhenReady() {
        Prepared p = m.prepared.get();
        if (p != null && m.pendingPreset.get() == null && p.choice().equals(m.choice.get())) run();
        else m.runWhenReady.set(true);
    }

    // ---- saved sessions ----------------------------------------------------------------------------

    void show(SessionArchive.Loaded loaded) {
        reset();
        m.viewing.set(loaded.name());
        var r = loaded.record();
        m.sessionSettings.set(r.settings());
        m.steps.setAll(r.steps());
        if (!r.steps().isEmpty()) m.stepCaption.set(Texts.caption(r.steps().get(r.steps().size() - 1)));
        showCurve(loaded.curve());
        if (loaded.curve() == null) {
            m.correctionText.set("The saved session has no predictor embedded: no correction fit to draw.");
        }
        var model = r.settings().model();
        m.widths.set(new CompressionModel.Widths(Preparation.layerNames(model), Preparation.fullWidths(model),
                r.result().widths(), r.result().chosenStep() < 0 ? "pruned: the saved session measured nothing"
                : "pruned: chosen by the saved session (step " + (r.result().chosenStep() + 1) + ")"));
        refresh();
    }

    private void leaveSavedView() {
        if (m.viewing.get() != null) reset();
    }
}
