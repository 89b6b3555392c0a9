package io.evolp.ui.files;

import io.evolp.ui.devices.ReplayInfo;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Files dropped on the main window do the obvious thing ({@link FileKind} decides what a file is,
 * in the background): datasets are imported, a project is opened (after asking about unsaved
 * changes), predictors, sessions and models are added, recorded models become a replay source.
 * Anything else is a clear one-line error naming the file.
 */
public final class DropHandler {

    private final UiContext ctx;
    private final ProjectActions project;
    private final ImportActions imports;

    public DropHandler(UiContext ctx, ProjectActions project, ImportActions imports) {
        this.ctx = ctx;
        this.project = project;
        this.imports = imports;
    }

    public void install(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        e.setDropCompleted(ok);
        e.consume();
    }

    /** What a drop of {@code files} does; public to the package so tests can drop without a drag gesture. */
    public void open(List<Path> files) {
        for (Path f : files) {
            ctx.tasks().run("Checking " + f.getFileName(), pm -> FileKind.of(f), this::dispatch);
        }
    }

    private void dispatch(FileKind k) {
        Path f = k.file();
        switch (k.kind()) {
            case DATASET -> imports.importDataset(f);
            case PROJECT -> project.whenDiscardable("opening " + f.getFileName(), () -> project.read(f));
            case PREDICTOR, EVOLVING_PREDICTOR -> imports.importPredictor(f);
            case SESSION -> imports.importSession(f);
            case MODEL -> imports.importModel(f);
            case REPLAY -> ctx.tasks().run("Reading replay file " + f.getFileName(),
                    pm -> ReplayInfo.read(f), info -> {
                        if (!ctx.workspace().sources().contains(info.spec())) ctx.workspace().sources().add(info.spec());
                    });
            case UNKNOWN -> ctx.dialogs().error("Cannot open " + f.getFileName(), f + ": " + k.reason());
        }
    }
}
