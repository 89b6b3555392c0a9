package io.evolp.ui.devices;

import io.evolp.workflow.adaptive.CurvePoint;
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
import javafx.collections.ObservableSet;

import java.nio.file.Path;

/**
 * Model role of "Profile a new device": the choices (device, source to transfer from, models of
 * interest, layers to measure, output file) and the running campaign's state — its learning curve
 * point by point, progress and state line. Only {@link ProfileController} writes the state part.
 */
final class ProfileModel {

    /** What the transfer starts from: a workspace predictor or dataset of another device, or nothing. */
    record Base(String predictor, String dataset) {
        static final Base NONE = new Base(null, null);

        static Base predictor(String name) { return new Base(name, null); }

        static Base dataset(String name) { return new Base(null, name); }

        boolean none() { return predictor == null && dataset == null; }
    }

    private final StringProperty device = new SimpleStringProperty();
    private final ObjectProperty<Base> base = new SimpleObjectProperty<>(Base.NONE);
    private final ObservableSet<String> models = FXCollections.observableSet("vgg16");
    private final IntegerProperty budget = new SimpleIntegerProperty(50);
    private final IntegerProperty batch = new SimpleIntegerProperty(10);
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>();
    private final ObservableList<CurvePoint> curve = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty state = new SimpleStringProperty(
            "Pick the device, what to transfer from, the models and how many layers to measure, then Start.");
    private final BooleanProperty stateError = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty added = new SimpleStringProperty("");
    private final StringProperty latest = new SimpleStringProperty("");

    /** The source spec to profile (simulated:…, local, agent:…, replay:…). */
    StringProperty device() { return device; }

    ObjectProperty<Base> base() { return base; }

    /** Models whose layers are the candidates: built-in ids and names of workspace models. */
    ObservableSet<String> models() { return models; }

    /** Layers to measure at most. */
    IntegerProperty budget() { return budget; }

    IntegerProperty batch() { return batch; }

    ObjectProperty<Path> output() { return output; }

    /** Cross-validated error after each batch, in order. */
    ObservableList<CurvePoint> curve() { return curve; }

    /** Rows measured of the budget, -1 while preparing. */
    DoubleProperty progress() { return progress; }

    StringProperty state() { return state; }

    BooleanProperty stateError() { return stateError; }

    BooleanProperty running() { return running; }

    /** The last batch's result in one line; stays while the next batch is measured. */
    StringProperty latest() { return latest; }

    /** What the last campaign added to the workspace. */
    StringProperty added() { return added; }

    void state(String text, boolean error) {
        stateError.set(error);
        state.set(text);
    }
}
