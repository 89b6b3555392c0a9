package io.evolp.ui.datasets;

import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.Node;

/**
 * Issue 4 "Datasets" (the screen role, composition root only): the open datasets (one per device)
 * and, for the selected one, its rows (filter, sort), per-key summary, charts and validation
 * problems. State lives in {@link DatasetsModel}, actions in {@link DatasetsController} (everything
 * heavier than a lookup runs in the background), nodes in {@link DatasetsView}.
 */
public final class DatasetsScreen implements Screen {

    private final DatasetsModel model = new DatasetsModel();
    private final DatasetsController controller;
    private final DatasetsView view;

    public DatasetsScreen(UiContext ctx) {
        controller = new DatasetsController(ctx.workspace(), ctx.tasks(), ctx.dialogs(), model);
        view = new DatasetsView(ctx, model, controller);
    }

    @Override
    public String title() {
        return "Datasets";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void shown() {
        view.shown();
    }

    /** Selects a dataset (one just imported, say) so its rows, summary and charts are shown. */
    public void reveal(DatasetEntry e) {
        controller.select(e);
    }

    public DatasetsModel model() { return model; }

    public DatasetsController controller() { return controller; }

    /** Largest number of scatter points drawn before it subsamples (tests use a small cap). */
    public void setScatterCap(int cap) {
        view.setScatterCap(cap);
    }
}
