package io.evolp.ui.compression;

import io.evolp.ui.workspace.CompressionPreset;
import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.ui.common.LatestWins;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compression — the interactive view the paper is about. Choose a model, a measurement source, a
 * trained predictor, a correction and the channel importance; move the latency budget and the plan
 * (widths, predicted latency with band, kept channels) follows at once; then Run / Step / Pause /
 * Reset the EvoLP loop and watch the predictor evolve sample by sample: (a) predictions and
 * measurements per step against the budget window, (b) the correction fit over the measured
 * points, (c) the widths per layer, and the step log. A latency measured by hand joins through
 * "Add measured sample…" exactly like an automatic one.
 *
 * <p>Every computation is the core's, off the FX thread: preparing a setup and re-planning use
 * {@link LatestWins}; the session runs in {@link SessionRunner}. This class wires them to the view.
 */
public final class CompressionScreen implements Screen {

    private final UiContext ctx;
    private final SetupForm setup;
    private final BudgetControl budget = new BudgetControl();
    private final StepChart stepChart = new StepChart();
    private final CorrectionChart correctionChart = new CorrectionChart();
    private final WidthsChart widthsChart = new WidthsChart();
    private final StepLogTable log = new StepLogTable();
    private final SessionArchive archive;
    private final SessionRunner runner;
    private final LatestWins<SetupChoice, Preparation.Outcome> preparer;
    private final LatestWins<PlanRequest, PlanRequest.Plan> planner;
    private final CompressionView view;
    private final List<Double> publishedPlans = new ArrayList<>();
    private Prepared prepared;               // newest prepared setup (null: nothing to plan with)
    private SessionPlan sessionPlan;         // what the live session was (or is being) started with
    private EvolvingPredictor evolved;       // the live session's newest predictor, null without a session
    private SessionResult lastResult;
    private String viewing;                  // name of a saved session being viewed, else null
    private CompressionPreset pendingPreset; // budget share still to apply once its setup is prepared
    private boolean runWhenReady;            // Run as soon as the setup (and a pending preset) is prepared

    public CompressionScreen(UiContext ctx) {
        this.ctx = ctx;
        this.archive = new SessionArchive(ctx);
        this.setup = new SetupForm(ctx, this::setupChanged);
        this.runner = new SessionRunner(ctx.tasks(), new SessionRunner.Events() {
            @Override public void sessionStarted(SessionSettings s) { stepChart.setSession(s); }
            @Override public void stepArrived(StepUpdate u) { onStep(u); }
            @Override public void runEnded(SessionResult r) { onResult(r); }
        });
        this.preparer = new LatestWins<>(ctx.tasks(), "Compression: preparing the setup", Duration.millis(50),
                choice -> pm -> Preparation.prepare(choice), this::onPrepared);
        this.planner = new LatestWins<>(ctx.tasks(), "Compression: planning for the budget", Duration.millis(120),
                req -> pm -> req.plan(), this::onPlan);
        this.view = new CompressionView(this, ctx, new Exports(ctx));
        budget.budgetProperty().addListener((o, a, v) -> requestPlan());
        setup.source().box().valueProperty().addListener((o, a, v) -> view.refreshStatus());
        runner.runningProperty().addListener((o, a, v) -> view.refreshButtons());
        setupChanged();
    }

    @Override public String title() { return "Compression"; }

    @Override public Node view() { return view.root(); }

    @Override public void shown() {
        if (prepared == null) setupChanged();
    }

    // ---- what the view and the tests read --------------------------------------------------------

    SetupForm setup() { return setup; }
    BudgetControl budget() { return budget; }
    StepChart stepChart() { return stepChart; }
    CorrectionChart correctionChart() { return correctionChart; }
    WidthsChart widthsChart() { return widthsChart; }
    StepLogTable log() { return log; }
    SessionRunner runner() { return runner; }
    SessionArchive archive() { return archive; }
    Prepared prepared() { return prepared; }
    boolean viewingSaved() { return viewing != null; }

    /** Where the live session stands after its newest sample or run; null before the first. */
    SessionResult lastResult() { return lastResult; }

    /** Budgets whose plans were shown, oldest first (latest wins: superseded inputs never appear). */
    List<Double> publishedPlans() { return List.copyOf(publishedPlans); }

    boolean sessionFinished() {
        CompressionSession s = runner.session();
        return s != null && s.finished();
    }

    // ---- setup and plan ----------------------------------------------------------------------------

    private void setupChanged() {
        if (view == null) return; // fired while the setup form builds itself; the constructor calls again
        SetupChoice choice = setup.choice();
        if (choice == null) {
            prepared = null;
            budget.setDisabled(true);
            view.plan("Train a predictor on the Predictors screen, then come back: the plan needs one.");
            view.refreshButtons();
            return;
        }
        preparer.submit(choice);
    }

    private void onPrepared(Preparation.Outcome o) {
        setup.importance().showError(o.importanceError());
        if (o.prepared() == null) {
            prepared = null;
            view.plan("Fix the channel importance (see the message under it) to plan.");
            view.refreshButtons();
            return;
        }
        prepared = o.prepared();
        if (runner.session() == null) {
            correctionChart.show(prepared.curve());
            view.correction(prepared.curve().describe());
        }
        // The budget is a number of ms the user chose for their deployment: a new predictor or model
        // keeps it (BudgetControl says so when the new range cannot hold it).
        budget.setFull(evolved != null && sessionPlan.prepared().choice().equals(prepared.choice())
                ? evolved.predict(prepared.base()) : prepared.full(), false);
        boolean current = prepared.choice().equals(setup.choice()); // not an older preparation
        if (current && pendingPreset != null && pendingPreset.budgetShare() != null) {
            double full = prepared.full().correctedMs();
            budget.slider().setValue(Math.max(BudgetControl.MIN_SHARE, Math.min(1, pendingPreset.budgetShare())) * full);
        }
        if (current) pendingPreset = null;
        requestPlan();
        view.refreshStatus();
        view.refreshButtons();
        if (current && runWhenReady) {
            runWhenReady = false;
            run();
        }
    }

    private void requestPlan() {
        if (prepared == null) return;
        boolean sameSetup = sessionPlan != null && sessionPlan.prepared().choice().equals(prepared.choice());
        CompressionSession live = sameSetup ? runner.session() : null;
        planner.submit(new PlanRequest(prepared, planningPredictor(), budget.budget(), live));
    }

    /** The live session's evolved predictor when it belongs to this setup, else the fresh one. */
    private EvolvingPredictor planningPredictor() {
        boolean sameSetup = sessionPlan != null && sessionPlan.prepared().choice().equals(prepared.choice());
        return evolved != null && sameSetup ? evolved : prepared.start();
    }

    private void onPlan(PlanRequest.Plan plan) {
        if (plan.request().prepared() != prepared) return; // planned for a setup the user has left
        publishedPlans.add(plan.request().budgetMs());
        view.plan(Texts.plan(plan.request().budgetMs(), plan.result(), prepared.search().options()));
        if (viewing == null) {
            widthsChart.show(prepared.layerNames(), prepared.fullWidths(), plan.result().widths(),
                    "pruned: plan for " + Texts.ms(plan.request().budgetMs()) + " ms ("
                            + prepared.importance().description() + ")");
        }
        view.refreshStatus();
    }

    // ---- the session -------------------------------------------------------------------------------

    /** The plan a new session would start from; null when nothing is prepared. */
    private SessionPlan currentPlan() {
        if (prepared == null) return null;
        if (runner.session() == null && !runner.runningProperty().get()) sessionPlan = null; // a failed start
        SessionPlan p = new SessionPlan(prepared, budget.budget(), setup.maxMeasurements(), setup.source().choice());
        if (runner.session() == null && sessionPlan == null) sessionPlan = p;
        return sessionPlan != null ? sessionPlan : p;
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
        runWhenReady = false;
        runner.reset();
        sessionPlan = null;
        evolved = null;
        lastResult = null;
        viewing = null;
        view.stepCaption("");
        log.clear();
        stepChart.clear();
        if (prepared != null) {
            correctionChart.show(prepared.curve());
            view.correction(prepared.curve().describe());
            budget.setFull(prepared.full(), false);
        } else {
            correctionChart.clear();
            view.correction("");
        }
        requestPlan();
        view.refreshStatus();
        view.refreshButtons();
    }

    /** "Add measured sample…": a latency the user measured for the current candidate. */
    void addMeasuredSample() {
        if (prepared == null) return;
        Optional<String> typed = ctx.dialogs().askText("Add measured sample",
                "Latency you measured for the current candidate (ms):", "");
        if (typed.isEmpty()) return;
        double ms;
        try {
            ms = LatencyInput.parse(typed.get());
        } catch (IllegalArgumentException e) {
            view.sampleError(e.getMessage());
            ctx.dialogs().error("Add measured sample", e.getMessage());
            return;
        }
        view.sampleError("");
        leaveSavedView();
        runner.addUserMeasurement(ms, currentPlan());
    }

    private void onStep(StepUpdate u) {
        evolved = u.predictor();
        view.stepCaption(Texts.caption(u.step()));
        lastResult = u.result();
        log.add(u.step());
        stepChart.add(u.step());
        correctionChart.show(u.curve());
        view.correction(u.curve().describe());
        // The session's own model: the setup may have moved to another model since it started.
        widthsChart.show(Preparation.layerNames(u.settings().model()),
                Preparation.fullWidths(u.settings().model()), u.step().widths(), String.format(
                        "pruned: candidate of step %d, measured %s ms", u.step().index() + 1, Texts.ms(u.step().measuredMs())));
        if (prepared != null && sessionPlan != null && sessionPlan.prepared().choice().equals(prepared.choice())) {
            budget.setFull(u.full(), false);
        }
        requestPlan();
        view.refreshStatus();
        view.refreshButtons();
    }

    private void onResult(SessionResult r) {
        lastResult = r;
        view.refreshStatus();
        view.refreshButtons();
    }

    /** A warning when the chosen predictor's device is not the measurement source's; "" when they fit. */
    String deviceWarning() {
        SetupChoice c = setup.choice();
        String spec = setup.source().box().getValue();
        return c == null || spec == null ? "" : DeviceMatch.warning(c.predictor().device(), spec);
    }

    /** One line on where things stand, shown under the controls. */
    String status() {
        if (viewing != null) return "Viewing saved session '" + viewing + "' — Reset to start a live session.";
        CompressionSession s = runner.session();
        if (s == null || lastResult == null) {
            return runner.runningProperty().get() ? "Starting the session…"
                    : "No session yet — Run, Step or Add measured sample starts one with the settings above.";
        }
        String text = Texts.result(lastResult, s.settings());
        boolean budgetMoved = Math.abs(sessionPlan.budgetMs() - budget.budget()) > 1e-9;
        boolean setupMoved = prepared == null || !sessionPlan.prepared().choice().equals(prepared.choice());
        if (budgetMoved || setupMoved) text += " — the session keeps its own " + (setupMoved ? "settings" : "budget")
                + "; Reset to use the new one.";
        return text;
    }

    // ---- presets (welcome screen, classroom demo) ---------------------------------------------------

    /**
     * Applies {@code p}: drops the live session (as Reset), chooses the model, source, predictor
     * and importance it names, sets the classroom pace, and sets the budget share once the new
     * setup is prepared (preparation runs in the background).
     */
    public void apply(CompressionPreset p) {
        reset();
        if (p.model() != null) setup.model().box().getSelectionModel().select(p.model());
        if (p.source() != null && setup.source().box().getItems().contains(p.source())) {
            setup.source().box().getSelectionModel().select(p.source());
        }
        if (p.predictor() != null) {
            setup.predictor().getItems().stream().filter(e -> e.name().equals(p.predictor())).findFirst()
                    .ifPresent(e -> setup.predictor().getSelectionModel().select(e));
        }
        if (p.demoImportance()) setup.importance().box().getSelectionModel().select(ImportanceField.DEMO);
        if (p.paceSeconds() != null) view.setPace(p.paceSeconds());
        pendingPreset = p;
        setupChanged();
    }

    /** Presses Run now if the setup is prepared, else as soon as its preparation arrives. */
    public void runWhenReady() {
        if (prepared != null && pendingPreset == null && prepared.choice().equals(setup.choice())) {
            run();
        } else {
            runWhenReady = true;
        }
    }

    // ---- saved sessions ----------------------------------------------------------------------------

    void show(SessionArchive.Loaded loaded) {
        reset();
        viewing = loaded.name();
        var r = loaded.record();
        log.show(r.steps());
        stepChart.show(r.settings(), r.steps());
        if (!r.steps().isEmpty()) view.stepCaption(Texts.caption(r.steps().get(r.steps().size() - 1)));
        if (loaded.curve() != null) {
            correctionChart.show(loaded.curve());
            view.correction(loaded.curve().describe());
        } else {
            correctionChart.clear();
            view.correction("The saved session has no predictor embedded: no correction fit to draw.");
        }
        var model = r.settings().model();
        widthsChart.show(Preparation.layerNames(model), Preparation.fullWidths(model), r.result().widths(),
                r.result().chosenStep() < 0 ? "pruned: the saved session measured nothing"
                        : "pruned: chosen by the saved session (step " + (r.result().chosenStep() + 1) + ")");
        view.refreshStatus();
        view.refreshButtons();
    }

    private void leaveSavedView() {
        if (viewing != null) reset();
    }
}
