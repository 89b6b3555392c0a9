package io.evolp.ui.devices;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import java.util.Map;

/**
 * Model role of the Devices screen: its observable state and nothing else — the source list (the
 * workspace's, so the Compression screen sees the same), the selected spec, what is known about
 * replay files and device tests, the "Try it" line and the campaign's state ({@link CampaignModel}).
 * The view binds to it; only {@link DevicesController} writes it.
 */
final class DevicesModel {

    /** The last test of a real device: its facts, or why it failed, or that it was cancelled. */
    record TestOutcome(Map<String, String> facts, String error, boolean cancelled) {
        static TestOutcome ok(Map<String, String> facts) { return new TestOutcome(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts)), null, false); }
        static TestOutcome failed(String why) { return new TestOutcome(null, why, false); }
        static TestOutcome wasCancelled() { return new TestOutcome(null, null, true); }
    }

    private final ObservableList<String> sources;
    private final StringProperty selected = new SimpleStringProperty();
    private final ObservableMap<String, ReplayInfo> replays = FXCollections.observableHashMap();
    private final ObservableMap<String, String> replayErrors = FXCollections.observableHashMap();
    private final ObservableMap<String, TestOutcome> tests = FXCollections.observableHashMap();
    private final ObservableSet<String> testing = FXCollections.observableSet();
    private final StringProperty tryArch = new SimpleStringProperty("vgg16");
    static final String TRY_PROMPT = "Pick a model and press Measure.";
    private final StringProperty tryResult = new SimpleStringProperty(TRY_PROMPT);
    private final BooleanProperty tryError = new SimpleBooleanProperty();
    private final BooleanProperty tryRunning = new SimpleBooleanProperty();
    private final CampaignModel campaign = new CampaignModel();
    private final ProfileModel profile = new ProfileModel();

    /** @param sources the workspace's source list, shared with the other screens */
    DevicesModel(ObservableList<String> sources) {
        this.sources = sources;
    }

    ObservableList<String> sources() { return sources; }

    /** The spec selected in the list; null while nothing is (e.g. the agent form is open). */
    StringProperty selected() { return selected; }

    /** Replay files read so far, by spec. */
    ObservableMap<String, ReplayInfo> replays() { return replays; }

    /** Why a listed replay file could not be read, by spec. */
    ObservableMap<String, String> replayErrors() { return replayErrors; }

    /** The last test of each real device in this session. */
    ObservableMap<String, TestOutcome> tests() { return tests; }

    /** Real devices whose test is running. */
    ObservableSet<String> testing() { return testing; }

    StringProperty tryArch() { return tryArch; }

    StringProperty tryResult() { return tryResult; }

    BooleanProperty tryError() { return tryError; }

    BooleanProperty tryRunning() { return tryRunning; }

    CampaignModel campaign() { return campaign; }

    /** "Profile a new device" (an adaptive campaign with its live learning curve). */
    ProfileModel profile() { return profile; }
}
