package io.evolp.ui.files;

import io.evolp.project.Project;
import io.evolp.project.ProjectFiles;
import io.evolp.project.ProjectLoad;
import io.evolp.ui.workspace.LoadProblems;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * New / Open / Save / Save as and the guard that unsaved changes are never dropped silently: every
 * action that would replace the workspace goes through {@link #whenDiscardable}, which asks
 * Save / Don't Save / Cancel and, after "Save", continues only once the save succeeded.
 * Reading and writing run in the background; FX thread only.
 */
public final class ProjectActions {

    /** The labels of the unsaved-changes question, as desktop applications name them. */
    public static final String SAVE = "Save", DONT_SAVE = "Don't Save";

    private final UiContext ctx;
    private final Workspace ws;
    private final RecentProjects recent;
    private final Consumer<String> status;
    private Consumer<String> announce = text -> { };

    public ProjectActions(UiContext ctx, RecentProjects recent, Consumer<String> status) {
        this.ctx = ctx;
        this.ws = ctx.workspace();
        this.recent = recent;
        this.status = status;
    }

    /** Who announces a finished save beyond the status bar (the shell: a ControlsFX notification). */
    public void announceWith(Consumer<String> announcer) {
        this.announce = announcer;
    }

    /** Runs {@code then} now if nothing is unsaved, else after the user's Save / Don't save; never on Cancel. */
    public void whenDiscardable(String doing, Runnable then) {
        if (!ws.isDirty()) {
            then.run();
            return;
        }
        String name = ws.projectFileProperty().get() == null ? "this project"
                : "'" + ws.projectFileProperty().get().getFileName() + "'";
        var answer = ctx.dialogs().choose("Unsaved changes", "Save the changes to " + name + " before " + doing
                + "?\nDon't Save discards them; Cancel goes back.", SAVE, DONT_SAVE);
        if (answer.isEmpty()) {
            status.accept("Cancelled — nothing was " + (doing.startsWith("closing") ? "closed" : "replaced"));
            return;
        }
        if (!answer.get()) {
            then.run();
            return;
        }
        save().thenAccept(saved -> {
            if (saved) then.run();
        });
    }

    public void newProject() {
        whenDiscardable("starting a new project", () -> {
            ws.clear();
            status.accept("New project");
        });
    }

    public void open() {
        whenDiscardable("opening another project", () ->
                ctx.dialogs().openFile("Open project", List.of("*.json")).ifPresent(this::read));
    }

    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            recent.remove(file);
            ctx.dialogs().error("Project not found", file + " no longer exists; it was removed from the recent projects.");
            return;
        }
        whenDiscardable("opening another project", () -> read(file));
    }

    /**
     * Opens {@code file} without asking about unsaved changes (callers have asked): used by open,
     * recent and drag and drop. Dataset files outside the project's folder are read only after the
     * user confirms them (Yes: read them too; No: open without them; Cancel: do not open).
     */
    public CompletableFuture<ProjectLoad> read(Path file) {
        return read(file, false);
    }

    private CompletableFuture<ProjectLoad> read(Path file, boolean allowOutside) {
        status.accept("Opening " + file.getFileName() + " …");
        return ctx.tasks().run("Opening project " + file.getFileName(),
                pm -> ProjectFiles.read(file, pm, allowOutside), load -> {
            if (!allowOutside && !load.outside().isEmpty()) {
                Optional<Boolean> answer = ctx.dialogs().choose("Files outside the project folder",
                        outsideQuestion(file, load.outside()), "Read Them", "Open Without Them");
                if (answer.isEmpty()) {
                    status.accept("Not opened: " + file.getFileName());
                    return;
                }
                if (answer.get()) {
                    read(file, true);
                    return;
                }
            }
            ws.load(load.project(), file);
            recent.add(file);
            Project s = load.project();
            status.accept("Opened " + file.getFileName() + ": " + s.datasets().size() + " datasets, "
                    + s.predictors().size() + " predictors, " + s.sessions().size() + " sessions"
                    + (load.problems().isEmpty() ? "" : " — " + load.problems().size() + " problems"));
            if (!load.problems().isEmpty()) {
                ctx.dialogs().error("Part of the project could not be loaded", LoadProblems.describe(load.problems()));
            }
        });
    }

    /** Saves to the current project file, or asks for one. Completes with whether it was saved. */
    public CompletableFuture<Boolean> save() {
        Path file = ws.projectFileProperty().get();
        return file == null ? saveAs() : write(file);
    }

    public CompletableFuture<Boolean> saveAs() {
        Path current = ws.projectFileProperty().get();
        String suggested = current == null ? "project" + ProjectFiles.EXTENSION : current.getFileName().toString();
        return ctx.dialogs().saveFile("Save project", suggested, List.of("*.json"))
                .map(this::write).orElse(CompletableFuture.completedFuture(false));
    }

    /**
     * Marks the workspace saved when the snapshot is taken: a change made while the file is being
     * written marks it dirty again, which is right — that change is not in the file.
     */
    private CompletableFuture<Boolean> write(Path file) {
        Project snapshot = ws.snapshot();
        ws.markSaved();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        ctx.tasks().run("Saving project " + file.getFileName(), pm -> {
            ProjectFiles.save(snapshot, file);
            return file;
        }, saved -> {
            ws.projectFileProperty().set(saved);
            recent.add(saved);
            status.accept("Saved " + saved.getFileName());
            announce.accept("Saved " + saved.getFileName() + " in " + saved.toAbsolutePath().getParent());
            done.complete(true);
        }).whenComplete((r, e) -> {
            if (e != null) {
                ws.dirtyProperty().set(true); // the file does not hold the workspace
                done.complete(false);
            }
        });
        return done;
    }

    static String outsideQuestion(Path project, List<Path> outside) {
        StringBuilder sb = new StringBuilder("'" + project.getFileName() + "' wants to read files outside its folder:\n");
        outside.stream().limit(10).forEach(p -> sb.append("  ").append(p).append('\n'));
        if (outside.size() > 10) sb.append("  … and ").append(outside.size() - 10).append(" more\n");
        return sb.append("Read them? Open Without Them leaves those datasets out; Cancel does not open the project.")
                .toString();
    }
}
