package io.evolp.cli;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.Corrections;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.EvolvingPredictorJson;
import io.evolp.evolve.EvolvingPredictors;
import io.evolp.io.ModelJson;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.workflow.DatasetImport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Loading of user files for the commands, with the CLI's policy on bad rows. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Loads a layer dataset. Bad rows fail the command (scripts must not train on half a file
     * unnoticed) unless {@code skipBadRows}, in which case they are reported on stderr and skipped.
     */
    static LayerDataset dataset(Path file, String device, boolean skipBadRows, PrintWriter err) throws IOException {
        requireFile(file);
        DatasetImport.Imported r = DatasetImport.read(file, device);
        if (!r.problems().isEmpty()) {
            if (!skipBadRows || r.dataset().isEmpty()) {
                String hint = r.dataset().isEmpty() ? "" : "; --skip-bad-rows uses the "
                        + r.dataset().size() + " valid rows";
                List<InputProblem> ps = r.problems();
                String more = r.totalProblems() > 1
                        ? " (and " + (r.totalProblems() - 1) + " more problems; --verbose lists them" + hint + ")"
                        : hint.isEmpty() ? "" : " (" + hint.substring(2) + ")";
                throw new InvalidInputException(ps.get(0).describe() + more, ps);
            }
            err.println("evolp: warning: skipped " + r.totalProblems() + " bad rows of " + file
                    + " (first: " + r.problems().get(0).describe() + ")");
        }
        if (r.dataset().isEmpty()) {
            throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, null, "no data rows"));
        }
        return r.dataset();
    }

    /**
     * Models from a JSON / JSON-lines file; a built-in architecture id (vgg16, resnet50, …) that is
     * not an existing file stands for that architecture at full width.
     */
    static List<ModelSpec> models(Path file) throws IOException {
        if (!Files.exists(file) && file.getNameCount() == 1 && builtIn(file.toString())) {
            return List.of(Zoo.model(file.toString(), null));
        }
        requireFile(file);
        List<ModelSpec> models = ModelJson.read(file);
        if (models.isEmpty()) {
            throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, null, "no models in file"));
        }
        return models;
    }

    private static boolean builtIn(String id) {
        return Zoo.all().stream().anyMatch(a -> a.id().equalsIgnoreCase(id));
    }

    static LatencyPredictor predictor(Path file) throws IOException {
        requireFile(file);
        return PredictorStore.load(file);
    }

    /**
     * A trained or evolved predictor as an evolving one. {@code correction} (null = keep the file's,
     * or the default kind for a plain predictor) refits the history with another correction kind.
     */
    static EvolvingPredictor evolvingPredictor(Path file, String correction) throws IOException {
        if (correction != null && !Corrections.KINDS.contains(correction)) {
            throw new IllegalArgumentException("unknown correction '" + correction + "'; choose from " + Corrections.KINDS);
        }
        requireFile(file);
        EvolvingPredictor p = EvolvingPredictorJson.load(file, correction == null ? Corrections.DEFAULT : correction);
        return correction == null || correction.equals(p.corrections().kind()) ? p
                : EvolvingPredictors.withCorrection(p, correction);
    }

    static void requireFile(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        if (Files.isDirectory(file)) throw new IOException(file + " is a folder, expected a file");
    }
}
