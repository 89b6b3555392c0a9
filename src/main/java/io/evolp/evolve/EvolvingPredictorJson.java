package io.evolp.evolve;

import io.evolp.io.FieldProblem;
import io.evolp.io.JsonFiles;
import io.evolp.io.evolve.EvolvingFile;
import io.evolp.io.evolve.EvolvingFiles;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link EvolvingPredictor} ↔ {@link EvolvingFile}. The corrections are not stored: they are
 * refitted from the history on load, so the file has one source of truth and a reloaded predictor
 * gives the same predictions.
 */
public final class EvolvingPredictorJson {

    public static final String KIND = EvolvingFiles.KIND;
    public static final int FORMAT = 1;

    private EvolvingPredictorJson() {
    }

    /** A predictor file's content: exactly one of the two is set. */
    public record Read(LatencyPredictor plain, EvolvingPredictor evolving) {
        public boolean isEvolving() {
            return evolving != null;
        }
    }

    public static EvolvingFile toFile(EvolvingPredictor p) {
        List<EvolvingFile.HistoryEntry> h = new ArrayList<>();
        for (MeasuredPair m : p.history()) {
            h.add(new EvolvingFile.HistoryEntry(m.family(), m.model(), m.rawMs(), m.measuredMs(), m.spreadMs(),
                    Double.isFinite(m.noiseSdMs()) ? m.noiseSdMs() : null, m.source(), m.simulated(),
                    m.timestamp() == null ? null : m.timestamp().toString()));
        }
        return new EvolvingFile(FORMAT, KIND, CorrectionJson.write(p.corrections().prototype()),
                p.corrections().minFamilyPoints(), PredictorMapper.toFile(p.base()), h);
    }

    /** @throws io.evolp.core.InvalidInputException naming the file and the field that is wrong */
    public static EvolvingPredictor fromFile(EvolvingFile o, String fileName) {
        try {
            return map(o);
        } catch (FieldProblem e) {
            throw JsonFiles.unlocated(fileName, e);
        }
    }

    /** @throws FieldProblem at the field that is wrong */
    static EvolvingPredictor map(EvolvingFile o) {
        int format = o.format() == null ? -1 : o.format();
        if (format < 1 || format > FORMAT) {
            throw new FieldProblem("/format", "unsupported evolving-predictor format " + o.format()
                    + " (this program reads up to " + FORMAT + ")");
        }
        if (o.base() == null) throw new FieldProblem("", "missing field 'base'");
        LatencyPredictor base = PredictorMapper.fromFile(o.base(), "/base");
        Correction prototype;
        try {
            prototype = CorrectionJson.read(o.correction());
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(o.correction() == null ? "" : "/correction", e.getMessage());
        }
        int minFamily = o.minFamilyPoints() != null ? o.minFamilyPoints() : FamilyCorrections.defaultMinFamilyPoints(prototype);
        List<EvolvingFile.HistoryEntry> history = o.history() == null ? List.of() : o.history();
        List<MeasuredPair> pairs = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) pairs.add(pair(history.get(i), i));
        try {
            return EvolvingPredictor.of(base, prototype, minFamily, pairs); // one fit per family: linear
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("", e.getMessage());
        }
    }

    private static MeasuredPair pair(EvolvingFile.HistoryEntry e, int i) {
        String at = "/history/" + i;
        if (e == null) throw new FieldProblem(at, "history[" + i + "] must be an object");
        double raw = e.rawMs() == null ? Double.NaN : e.rawMs();
        double measured = e.measuredMs() == null ? Double.NaN : e.measuredMs();
        if (!(raw > 0) || !(measured > 0) || !Double.isFinite(raw) || !Double.isFinite(measured)) {
            throw new FieldProblem(at, "history[" + i + "] needs positive raw_ms and measured_ms");
        }
        Instant ts;
        try {
            ts = e.timestamp() == null ? null : Instant.parse(e.timestamp());
        } catch (DateTimeException x) {
            throw new FieldProblem(at + "/timestamp", "history[" + i + "] has an invalid timestamp");
        }
        return new MeasuredPair(e.family() != null ? e.family() : "model", e.model() != null ? e.model() : "", raw, measured,
                e.spreadMs() != null ? e.spreadMs() : 0, e.source() != null ? e.source() : "unknown",
                e.simulated() != null && e.simulated(), ts, e.noiseSdMs() != null ? e.noiseSdMs() : Double.NaN);
    }

    public static void save(EvolvingPredictor p, Path file) throws IOException {
        EvolvingFiles.write(file, toFile(p));
    }

    /** Reads a predictor file of either kind, errors located. */
    public static Read read(Path file) throws IOException {
        return EvolvingFiles.read(file, e -> new Read(null, map(e)), p -> new Read(PredictorMapper.fromFile(p), null));
    }

    /** Reads a predictor file of either kind; a plain predictor becomes an evolving one with no history. */
    public static EvolvingPredictor load(Path file, String defaultCorrection) throws IOException {
        Read r = read(file);
        return r.isEvolving() ? r.evolving() : EvolvingPredictor.start(r.plain(), defaultCorrection);
    }
}
