package io.evolp.workflow;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Importing a layer dataset CSV, the step behind File ▸ Import, a dropped file, the Datasets screen's
 * Open, a finished campaign's "open as dataset" and every command that reads {@code --data}: the
 * valid rows with every problem (file, line, column) and the name the file suggests. The faces
 * decide what bad rows mean — the workbench adds the valid rows and lists the problems, a command
 * refuses unless told to skip them — and add the dataset to their workspace themselves.
 */
public final class DatasetImport {

    /** A file read as a layer dataset, under the name its file suggests. */
    public record Imported(String name, Path file, DatasetLoadResult result) {

        public LayerDataset dataset() { return result.dataset(); }

        public List<InputProblem> problems() { return result.problems(); }

        public int totalProblems() { return result.totalProblems(); }

        /** "Imported NAME: 1,234 rows of DEVICE", or the row count with the number of problems and the first. */
        public String summary(String shownName) {
            String rows = String.format(Locale.ROOT, "%,d rows", dataset().size());
            if (!result.hasProblems()) return "Imported " + shownName + ": " + rows + " of " + dataset().device();
            return "Imported " + shownName + ": " + rows + ", " + totalProblems() + " problems (first: "
                    + problems().get(0).describe() + ")";
        }

        /** Why not one row could be used, when none could; empty when the dataset has rows. */
        public Optional<String> unusable() {
            if (!dataset().isEmpty()) return Optional.empty();
            if (problems().isEmpty()) return Optional.of("the file has no data rows");
            return Optional.of(problems().get(0).describe()
                    + (totalProblems() > 1 ? " (and " + (totalProblems() - 1) + " more problems)" : ""));
        }
    }

    private DatasetImport() {
    }

    /**
     * Reads {@code file}; bad rows are reported, not fatal.
     *
     * @param device the device name when the file has no device column (null: the file name)
     */
    public static Imported read(Path file, String device) throws IOException {
        return new Imported(baseName(file), file, DatasetCsvReader.read(file, device));
    }

    /** The file name without its extension: "tx2.csv" → "tx2", "runs.v2.csv" → "runs.v2". */
    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
