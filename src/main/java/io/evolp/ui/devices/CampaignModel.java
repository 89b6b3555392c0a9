package io.evolp.ui.devices;

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

import java.nio.file.Path;

/**
 * Model role for the campaign part of the Devices screen: the plan choice, the output file, and the
 * running campaign's progress, ETA and state line (with an error flag the view turns into a style).
 */
final class CampaignModel {

    private final BooleanProperty fromFile = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> plan = new SimpleObjectProperty<>();
    private final StringProperty arch = new SimpleStringProperty("vgg16");
    private final IntegerProperty samples = new SimpleIntegerProperty(300);
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>();
    private final StringProperty resumeNote = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty rows = new SimpleStringProperty("");
    private final StringProperty eta = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("Choose a plan and an output file, then Start.");
    private final BooleanProperty stateError = new SimpleBooleanProperty();
    private final StringProperty runningOn = new SimpleStringProperty();
    private final BooleanProperty canOpen = new SimpleBooleanProperty();

    /** True: measure the rows of {@link #plan()}; false: generate {@link #samples()} rows for {@link #arch()}. */
    BooleanProperty fromFile() { return fromFile; }

    ObjectProperty<Path> plan() { return plan; }

    StringProperty arch() { return arch; }

    IntegerProperty samples() { return samples; }

    /** The dataset CSV to create or resume. */
    ObjectProperty<Path> output() { return output; }

    /** Says before Start whether the output is new or will be resumed. */
    StringProperty resumeNote() { return resumeNote; }

    /** Fraction done, -1 while preparing. */
    DoubleProperty progress() { return progress; }

    StringProperty rows() { return rows; }

    StringProperty eta() { return eta; }

    StringProperty state() { return state; }

    BooleanProperty stateError() { return stateError; }

    /** The device the running campaign measures on; null when none runs. */
    StringProperty runningOn() { return runningOn; }

    /** True once a campaign wrote a file that "Open as dataset" can read. */
    BooleanProperty canOpen() { return canOpen; }

    void state(String text, boolean error) {
        stateError.set(error);
        state.set(text);
    }
}
