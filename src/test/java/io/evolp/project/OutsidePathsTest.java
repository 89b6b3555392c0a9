package io.evolp.project;

import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.task.ProgressMonitor;
import io.evolp.io.project.ProjectFile;
import io.evolp.io.project.ProjectFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project reads files outside its folder only when the user allowed it (issue 11, item 8). */
public class OutsidePathsTest {

    @TempDir
    public Path dir;

    /** A project in dir/project whose one dataset points at {@code path} (not embedded). */
    /** Public: the GUI's confirmation test (ui.shell.OutsideConfirmTest) opens the same project. */
    public Path projectPointingAt(String path) throws IOException {
        Path csv = Files.copy(Path.of("sample-data/mobilenetv1-simulated-nano.csv"), dir.resolve("data.csv"));
        DatasetLoadResult r = DatasetCsvReader.read(csv, null);
        Project p = new Project(List.of(new ProjectDataset("d", csv, r.dataset(), r.problems(), 0)),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        Path folder = Files.createDirectories(dir.resolve("project"));
        ProjectFile.Contents c = ProjectMapper.toFile(p, folder);
        ProjectFile.Dataset d = c.datasets().get(0);
        ProjectFile.Dataset byPath = new ProjectFile.Dataset(d.name(), path, null, d.device(), d.rows(), d.totalProblems(),
                d.problems(), null);
        Path file = folder.resolve("p.evolp.json");
        ProjectFileWriter.save(new ProjectFile.Contents(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(byPath)), file);
        return file;
    }

    @Test
    void aPathOutsideTheFolderIsNotReadButListedForConfirmation() throws IOException {
        Path project = projectPointingAt("../data.csv");
        ProjectLoad load = ProjectFiles.read(project, ProgressMonitor.NONE, false);
        assertEquals(List.of(), load.project().datasets());
        assertEquals(List.of(dir.resolve("data.csv").toAbsolutePath().normalize()), load.outside());
        assertTrue(load.problems().get(0).describe().contains("outside the project's folder"), load.problems().toString());
    }

    @Test
    void withPermissionItIsRead() throws IOException {
        Path project = projectPointingAt("../data.csv");
        ProjectLoad load = ProjectFiles.read(project, ProgressMonitor.NONE, true);
        assertEquals(1, load.project().datasets().size());
        assertEquals(List.of(), load.outside());
    }

    @Test
    void aLinkInsideTheFolderToAFileOutsideCountsAsOutside() throws IOException {
        Path project = projectPointingAt("link.csv");
        Files.createSymbolicLink(project.getParent().resolve("link.csv"), dir.resolve("data.csv"));
        ProjectLoad load = ProjectFiles.read(project, ProgressMonitor.NONE, false);
        assertEquals(List.of(), load.project().datasets());
        assertEquals(1, load.outside().size());
    }

    @Test
    void aFileInsideTheFolderNeedsNoQuestion() throws IOException {
        Path project = projectPointingAt("inside.csv");
        Files.copy(dir.resolve("data.csv"), project.getParent().resolve("inside.csv"));
        ProjectLoad load = ProjectFiles.read(project, ProgressMonitor.NONE, false);
        assertEquals(1, load.project().datasets().size());
        assertEquals(List.of(), load.outside());
    }
}
