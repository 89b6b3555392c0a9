package io.evolp.ui.predictors;

import io.evolp.task.TaskHandle;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.workflow.LearningCurves;
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
 * Model role of the Predictors screen's "Learning curve" tab: the inputs (target dataset, source to
 * transfer from, kinds, sizes, seeds, random or active rows), the metric drawn, the running study,
 * the last result and the status line. Plain observable values: the controller writes, the view binds.
 */
final class CurveModel {

    static final String HINT = "Pick the dataset of the device to profile and the kinds to compare, then Run.";

    /** What the transfer starts from: nothing, a workspace dataset (gbt is trained on it) or a workspace predictor. */
    record Source(DatasetEntry dataset, PredictorEntry predictor) {
        static final Source NONE = new Source(null, null);

        boolean isNone() { return dataset == null && predictor == null; }

        /** The name of the dataset this source was built from (null for none): it must not be the target. */
        String datasetName() {
            return dataset != null ? dataset.name() : predictor != null ? predictor.datasetName() : null;
        }

        @Override
        public String toString() {
            if (dataset != null) return "dataset " + dataset.name() + " (" + dataset.device() + ")";
            if (predictor != null) return "predictor " + predictor.name();
            return "none — from scratch only";
        }
    }

    final ObjectProperty<DatasetEntry> target = new SimpleObjectProperty<>();
    final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.NONE);
    final ObservableList<String> kinds = FXCollections.observableArrayList();
    final StringProperty sizes = new SimpleStringProperty(LearningCurves.DEFAULT_SIZES);
    final IntegerProperty seeds = new SimpleIntegerProperty(5);
    final BooleanProperty active = new SimpleBooleanProperty();
    final ObjectProperty<PredictorsModel.Metric> metric = new SimpleObjectProperty<>(PredictorsModel.Metric.ACC10);

    final ObjectProperty<TaskHandle<LearningCurves.Result>> running = new SimpleObjectProperty<>();
    final ObjectProperty<LearningCurves.Result> result = new SimpleObjectProperty<>();
    /** The inputs changed since {@link #result} was computed (the chart says so until the next run). */
    final BooleanProperty stale = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty(HINT);

    boolean isRunning() {
        return running.get() != null;
    }
}
