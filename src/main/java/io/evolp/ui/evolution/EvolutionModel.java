package io.evolp.ui.evolution;

import io.evolp.evolve.EvolutionEval;
import io.evolp.task.TaskHandle;
import io.evolp.ui.workspace.PredictorEntry;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The evolution check's state (the model role): its inputs (predictor, measured-models file, draws,
 * seed, metric shown), the running evaluation, the last result with its curve points for the chosen
 * metric, and the status lines. Plain values; the controller writes them, the view binds to them.
 */
public final class EvolutionModel {

    static final String HINT = "Choose a predictor and a file of measured models (JSON lines with latency_ms).";

    private final ObjectProperty<PredictorEntry> predictor = new SimpleObjectProperty<>(this, "predictor");
    private final StringProperty measured = new SimpleStringProperty(this, "measured", "");
    private final IntegerProperty draws = new SimpleIntegerProperty(this, "draws", 20);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ObjectProperty<EvolutionMetric> metric = new SimpleObjectProperty<>(this, "metric", EvolutionMetric.MAPE);
    private final ObjectProperty<TaskHandle<EvolutionEval.Result>> running = new SimpleObjectProperty<>(this, "running");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<EvolutionEval.Result> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<EvolutionCurve> curves = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", HINT);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");

    public ObjectProperty<PredictorEntry> predictorProperty() { return predictor; }
    /** Path of the measured whole models (JSON lines), as typed or chosen. */
    public StringProperty measuredProperty() { return measured; }
    public IntegerProperty drawsProperty() { return draws; }
    /** The seed as typed; the controller refuses what is not a whole number. */
    public StringProperty seedProperty() { return seed; }
    ObjectProperty<EvolutionMetric> metricProperty() { return metric; }

    /** The evaluation in progress (null when none): the view shows its progress, Cancel reaches it. */
    ObjectProperty<TaskHandle<EvolutionEval.Result>> runningProperty() { return running; }
    public BooleanProperty busyProperty() { return busy; }

    /** The last finished evaluation (null before the first; kept when a later run fails or is cancelled). */
    public ObjectProperty<EvolutionEval.Result> resultProperty() { return result; }
    public EvolutionEval.Result result() { return result.get(); }

    /** The result's curves for the chosen metric, one per correction that has values. */
    ObservableList<EvolutionCurve> curves() { return curves; }

    public StringProperty statusProperty() { return status; }
    public StringProperty summaryProperty() { return summary; }
}
