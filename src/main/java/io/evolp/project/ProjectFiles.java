package io.evolp.project;

import io.evolp.io.InputFiles;
import io.evolp.io.InputLimits;
import io.evolp.io.project.ProjectFile;
import io.evolp.io.project.ProjectFileRead;
import io.evolp.io.project.ProjectFileReader;
import io.evolp.io.project.ProjectFileWriter;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Project files ({@code *.evolp.json}): the whole project in one JSON file, saved atomically.
 * Rules: a dataset of at most {@link #EMBED_MAX_ROWS} rows is embedded (so a project survives a
 * moved or edited CSV, and reopens with exactly the rows it had); a larger one is stored by path,
 * relative to the project file when possible, and re-read from the CSV on open. Predictors are
 * embedded; their accuracy is stored as the held-out row indices and recomputed on open. Dataset
 * CSVs outside the project's folder are read only when the caller allows it (a shared project must
 * not read arbitrary files silently). FX-free; callers run it off the FX thread.
 */
public final class ProjectFiles {

    public static final String TYPE = ProjectFile.TYPE;
    public static final String EXTENSION = ProjectFile.EXTENSION;
    public static final int EMBED_MAX_ROWS = 50_000;

    private ProjectFiles() {
    }

    /** Writes the project to {@code file} atomically (temp file + move). */
    public static void save(Project project, Path file) throws IOException {
        ProjectFileWriter.save(ProjectMapper.toFile(project, file.toAbsolutePath().getParent()), file);
    }

    /**
     * Reads as much of the project as can be read: a bad entry or a cut-off file becomes a located
     * problem and everything else loads (the workbench opens what it can and says what it could not).
     *
     * @param allowOutside read dataset CSVs outside the project's folder too (the user confirmed);
     *                     else they are skipped and listed in {@link ProjectLoad#outside()}
     * @throws io.evolp.core.InvalidInputException when the file is not a project at all (not JSON,
     *                                             no type marker, a newer format)
     */
    public static ProjectLoad read(Path file, ProgressMonitor pm, boolean allowOutside) throws IOException {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        String text = InputFiles.readText(file, InputLimits.maxJsonBytes(), "project file"); // bounded, located non-UTF-8
        ProjectFileRead read = ProjectFileReader.read(text, file.toString(), monitor);
        return ProjectDecoder.decode(read, file, monitor, allowOutside);
    }

    /**
     * Reads the whole project or refuses it: any problem (a cut-off file, a bad entry, a dataset
     * that cannot be found or lies outside the folder without {@code allowOutside}) is a
     * {@link DamagedProjectException} naming file, line and column and carrying what was read.
     */
    public static Project load(Path file, boolean allowOutside) throws IOException {
        ProjectLoad load = read(file, ProgressMonitor.NONE, allowOutside);
        if (!load.complete()) throw new DamagedProjectException(load);
        return load.project();
    }
}
