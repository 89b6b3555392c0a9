package io.evolp.ui.app;

import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;

/**
 * Stand-in for a screen that lives in its own package and is registered in {@link Screens} when it
 * is merged: it shows what the workspace holds for that screen (datasets with their rows and
 * problems, predictors, sessions and models), so every navigation target shows real state.
 */
public final class PendingScreen implements Screen {

    private final String title;
    private final Workspace ws;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private VBox view;

    public PendingScreen(String title, UiContext ctx) {
        this.title = title;
        this.ws = ctx.workspace();
        Observable[] deps = {ws.datasets(), ws.predictors(), ws.sessions(), ws.models()};
        for (Observable o : deps) o.addListener(x -> refresh());
        refresh();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node view() {
        if (view == null) {
            Label heading = new Label(title);
            heading.getStyleClass().add("screen-title");
            Label note = new Label("What the workspace holds for this screen:");
            note.getStyleClass().add("muted");
            ListView<String> list = new ListView<>(lines);
            list.setId("pending-" + title.toLowerCase(java.util.Locale.ROOT));
            VBox.setVgrow(list, Priority.ALWAYS);
            view = new VBox(6, heading, note, list);
            view.setPadding(new Insets(12));
        }
        return view;
    }

    private void refresh() {
        switch (title) {
            case "Datasets" -> lines.setAll(ws.datasets().stream().map(d -> d.name() + " — " + d.device() + ", "
                    + d.dataset().size() + " rows" + (d.totalProblems() > 0 ? ", " + d.totalProblems() + " problems" : "")).toList());
            case "Predictors" -> lines.setAll(ws.predictors().stream().map(p -> p.name() + " — " + p.kind() + " on "
                    + p.device() + (p.evaluation() == null ? "" : String.format(java.util.Locale.ROOT, ", MAPE %.1f %%",
                    p.evaluation().overall().mape()))).toList());
            default -> {
                lines.setAll(ws.sessions().stream().map(s -> "session: " + s.name()).toList());
                ws.models().forEach(m -> lines.add("model: " + m.name() + " (" + m.model().convs().size() + " convs)"));
            }
        }
    }
}
