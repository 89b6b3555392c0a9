package io.evolp.ui.welcome;

import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.Node;

/**
 * Composition root of the welcome screen: builds its model, controller and view. The shell shows it
 * over the screen area while the workspace is empty (it is not in the navigation); {@link #shown()}
 * re-reads the recent projects and the sample data.
 */
public final class WelcomeScreen implements Screen {

    private final WelcomeModel model = new WelcomeModel();
    private final WelcomeController controller;
    private final WelcomeView view;

    public WelcomeScreen(UiContext ctx, WelcomeHost host) {
        controller = new WelcomeController(ctx.workspace(), ctx.tasks(), ctx.dialogs(), host, model);
        view = new WelcomeView(model, controller);
        controller.refresh();
    }

    @Override public String title() { return "Welcome"; }

    @Override public Node view() { return view.root(); }

    @Override public void shown() { controller.refresh(); }

    /** The screen's state, e.g. for tests that run the classroom demo at a fast pace. */
    public WelcomeModel model() { return model; }
}
