package io.evolp.ui.welcome;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * Model of the welcome screen: where the sample data is (null when not found), the recent
 * projects, the built-in architecture chosen to start from, and the classroom demo's pace.
 * Plain values only — the view binds to them, the controller writes them.
 */
public final class WelcomeModel {

    private final ObjectProperty<Path> sampleData = new SimpleObjectProperty<>();
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final ObjectProperty<Starter> starter = new SimpleObjectProperty<>(Starter.ALL.get(0));
    private final ObjectProperty<ClassroomDemo> demo = new SimpleObjectProperty<>(ClassroomDemo.DEFAULT);
    private final BooleanBinding samplesMissing = Bindings.isNull(sampleData);

    /** The {@code sample-data/} folder, or null when it cannot be found. */
    public ObjectProperty<Path> sampleDataProperty() { return sampleData; }

    public ObservableList<Path> recentProjects() { return recentProjects; }

    /** The built-in architecture "Train and compress" starts from. */
    public ObjectProperty<Starter> starterProperty() { return starter; }

    /** The classroom demo's settings (tests run it at a fast pace without the start delay). */
    public ObjectProperty<ClassroomDemo> demoProperty() { return demo; }

    /** True while the sample data is missing: the sample buttons are disabled then. */
    public BooleanBinding samplesMissing() { return samplesMissing; }
}
