package io.evolp.ui.compression;

import io.evolp.compress.SessionResult;
import io.evolp.compress.SessionSettings;
import io.evolp.compress.SessionStep;
import io.evolp.evolve.CorrectedPrediction;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.ui.workspace.CompressionPreset;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Model role of the Compression screen: its observable state and nothing else — no Nodes, no work.
 * The view writes the user's choices here (setup, source, measurement budget, latency budget, pace)
 * and binds its controls to the rest; the {@link CompressionController} writes the outcomes
 * (prepared setup, plan text, session steps, charts' inputs, status). Fields are public-final
 * properties in the JavaFX style so both sides read them without getter noise.
 */
final class CompressionModel {

    /** What chart (c) draws: the layers, their full widths, the pruned widths and a caption. */
    record Widths(List<String> layers, List<Integer> full, List<Integer> pruned, String caption) {
    }

    // ---- the user's choices (written by the view) ---------------------------------------------------
    /** The plan-relevant setup, or null while there is no predictor to plan with. */
    final ObjectProperty<SetupChoice> choice = new SimpleObjectProperty<>();
    final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>();
    /** The measurement source as named in its list (the device warning compares it with the predictor's). */
    final StringProperty sourceSpec = new SimpleStringProperty();
    final IntegerProperty maxMeasurements = new SimpleIntegerProperty(20);
    /** The latency budget in ms. */
    final DoubleProperty budget = new SimpleDoubleProperty(50);
    /** Classroom pace: seconds between automatic measurements. */
    final DoubleProperty pace = new SimpleDoubleProperty(0);

    // ---- outcomes (written by the controller) -------------------------------------------------------
    /** Newest prepared setup; null: nothing to plan with. */
    final ObjectProperty<Prepared> prepared = new SimpleObjectProperty<>();
    /** The full model's prediction setting the budget range; null disables the budget. */
    final ObjectProperty<CorrectedPrediction> full = new SimpleObjectProperty<>();
    final StringProperty importanceError = new SimpleStringProperty("");
    final StringProperty planText = new SimpleStringProperty("");
    /** Budgets whose plans were shown, oldest first (latest wins: superseded inputs never appear). */
    final ObservableList<Double> publishedPlans = FXCollections.observableArrayList();
    /** Chart (b)'s curve; null clears it. */
    final ObjectProperty<CorrectionCurve> curve = new SimpleObjectProperty<>();
    final StringProperty correctionText = new SimpleStringProperty("");
    final ObjectProperty<Widths> widths = new SimpleObjectProperty<>();
    /** Settings of the session drawn in chart (a) (live or saved); null: none. */
    final ObjectProperty<SessionSettings> sessionSettings = new SimpleObjectProperty<>();
    /** The drawn session's steps (chart (a) and the step log), oldest first. */
    final ObservableList<SessionStep> steps = FXCollections.observableArrayList();
    final StringProperty stepCaption = new SimpleStringProperty("");
    final StringProperty sampleError = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty deviceWarning = new SimpleStringProperty("");
    /** A session is running (bound to the runner). */
    final BooleanProperty running = new SimpleBooleanProperty(false);
    /** The live session has finished (Run and Step have nothing left to do). */
    final BooleanProperty finished = new SimpleBooleanProperty(false);
    /** Name of a saved session being viewed, else null. */
    final StringProperty viewing = new SimpleStringProperty();

    // ---- session bookkeeping (controller only) -------------------------------------------------------
    /** What the live session was (or is being) started with; null without one. */
    final ObjectProperty<SessionPlan> sessionPlan = new SimpleObjectProperty<>();
    /** The live session's newest predictor; null without a session. */
    final ObjectProperty<EvolvingPredictor> evolved = new SimpleObjectProperty<>();
    /** Where the live session stands after its newest sample or run; null before the first. */
    final ObjectProperty<SessionResult> lastResult = new SimpleObjectProperty<>();
    /** The candidate a typed sample would be for: the session's next, else the plan for the budget; null: none. */
    final ObjectProperty<io.evolp.compress.BudgetSearch.Result> nextCandidate = new SimpleObjectProperty<>();
    /** A preset whose budget share is still to apply once its setup is prepared. */
    final ObjectProperty<CompressionPreset> pendingPreset = new SimpleObjectProperty<>();
    /** Run as soon as the setup (and a pending preset) is prepared. */
    final BooleanProperty runWhenReady = new SimpleBooleanProperty(false);
}
