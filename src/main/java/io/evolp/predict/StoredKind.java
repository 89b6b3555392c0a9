package io.evolp.predict;

import io.evolp.io.predictor.PredictorFile;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A predictor kind defined outside this package (e.g. {@code predict.transfer}) that still lives in
 * ordinary predictor files. {@link PredictorMapper} asks the installed kinds — found with
 * {@link ServiceLoader}, so this package needs no compile-time dependency on theirs — for kinds it
 * does not know itself. Errors while reading are {@link io.evolp.io.FieldProblem}s at a JSON pointer
 * below {@code pointer}.
 */
public interface StoredKind {

    /** The kind id written in the file's {@code kind} field. */
    String kind();

    /** Whether this kind writes {@code p}. */
    boolean stores(LatencyPredictor p);

    /** {@code p}'s fields added to {@code header} (which already holds format, kind and device). */
    PredictorFile toFile(LatencyPredictor p, PredictorFile header);

    /** The predictor of a file of this kind, found at JSON pointer {@code pointer} ("" at the top). */
    LatencyPredictor fromFile(PredictorFile f, String device, String pointer);

    /** The kinds on the class path, loaded once. */
    static List<StoredKind> installed() {
        return Installed.KINDS;
    }

    /** Holder: loads the service list on first use. */
    final class Installed {
        private static final List<StoredKind> KINDS = ServiceLoader.load(StoredKind.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        private Installed() {
        }
    }
}
