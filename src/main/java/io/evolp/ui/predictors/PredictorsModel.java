package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells;
import io.evolp.task.TaskHandle;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Model role of the Predictors screen: its observable state only — the training inputs the form
 * edits, the running training job, the status lines, the predictors selected for the charts and the
 * accuracy-matrix cells with the metric they are coloured by. No nodes and no work.
 */
final class PredictorsModel {

    /** What the matrix cells show. */
    enum Metric { MAPE, ACC10 }

    final ObjectProperty<DatasetEntry> dataset = new SimpleObjectProperty<>();
    final ObservableList<String> kinds = FXCollections.observableArrayList();
    final DoubleProperty holdout = new SimpleDoubleProperty(0.2);
    final StringProperty seed = new SimpleStringProperty("1");
    /** Set when the seed field holds no whole number (the form marks the field). */
    final BooleanProperty seedInvalid = new SimpleBooleanProperty();

    final ObjectProperty<TaskHandle<?>> training = new SimpleObjectProperty<>();
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty autoDetails = new SimpleStringProperty("");
    final StringProperty autoDescription = new SimpleStringProperty();

    final ObservableList<PredictorEntry> selected = FXCollections.observableArrayList();

    final ObservableList<MatrixCells.Cell> cells = FXCollections.observableArrayList();
    final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.MAPE);

    boolean isTraining() {
        return training.get() != null;
    }
}
