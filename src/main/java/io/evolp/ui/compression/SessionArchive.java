package io.evolp.ui.compression;

import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionJson;
import io.evolp.compress.SessionRecord;
import io.evolp.compress.SessionSettings;
import io.evolp.core.ModelSpec;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.EvolvingPredictorJson;
import io.evolp.io.session.SessionFile;
import io.evolp.io.session.SessionFiles;
import io.evolp.ui.workspace.SessionEntry;
import io.evolp.ui.workspace.UiContext;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Sessions kept in the project ({@link SessionEntry}: the {@code SessionJson} form with the evolved
 * predictor embedded), written to session files, and read back for viewing. JSON is built and
 * parsed on workers; the workspace is changed on the FX thread.
 */
final class SessionArchive {

    /** A saved session ready to show: its record and, when a predictor was embedded, chart (b)'s curve. */
    record Loaded(String name, SessionRecord record, CorrectionCurve curve) {
    }

    private final UiContext ctx;

    SessionArchive(UiContext ctx) {
        this.ctx = ctx;
    }

    static String suggestedName(SessionSettings s) {
        return s.model().family() + " to " + Texts.ms(s.budgetMs()) + " ms on " + s.device();
    }

    /** Adds the session to the workspace; the future gives the entry. */
    CompletableFuture<SessionEntry> keep(CompressionSession session) {
        return ctx.tasks().run("Keeping the compression session", pm -> json(session), json -> { }).thenApply(json -> {
            SessionEntry e = new SessionEntry(ctx.workspace().uniqueSessionName(suggestedName(session.settings())), json);
            ctx.workspace().sessions().add(e);
            return e;
        });
    }

    /**
     * Writes the session file (atomically) and keeps the session in the project too. The bytes are
     * exactly what {@code SessionJson.save} writes, but built once: the file and the project entry
     * must not differ when a sample arrives between two serialisations of a running session.
     */
    CompletableFuture<SessionEntry> save(CompressionSession session, Path file) {
        return ctx.tasks().run("Saving " + file.getFileName(), pm -> {
            SessionFile json = json(session);
            SessionFiles.write(file, json);
            return json;
        }, json -> { }).thenApply(json -> {
            SessionEntry e = new SessionEntry(ctx.workspace().uniqueSessionName(file.getFileName().toString()), json);
            ctx.workspace().sessions().add(e);
            return e;
        });
    }

    CompletableFuture<Loaded> load(SessionEntry entry) {
        return ctx.tasks().run("Opening session " + entry.name(),
                pm -> loaded(entry.name(), SessionJson.read(entry.json())), null);
    }

    CompletableFuture<Loaded> load(Path file) {
        return ctx.tasks().run("Opening session " + file.getFileName(),
                pm -> loaded(file.getFileName().toString(), SessionJson.load(file)), null);
    }

    /** The session file's JSON with the evolved predictor embedded (as {@code SessionJson.save} writes it). */
    private static SessionFile json(CompressionSession session) {
        return SessionJson.write(session, EvolvingPredictorJson.toFile(session.predictor()));
    }

    private static Loaded loaded(String name, SessionRecord r) {
        CorrectionCurve curve = null;
        if (r.predictor() != null) {
            EvolvingPredictor p = EvolvingPredictorJson.fromFile(r.predictor(), name);
            ModelSpec base = r.settings().model();
            curve = CorrectionCurve.of(p, base.family(), p.predict(base).rawMs());
        }
        return new Loaded(name, r, curve);
    }
}
