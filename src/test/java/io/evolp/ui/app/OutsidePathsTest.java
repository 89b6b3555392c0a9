package io.evolp.ui.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.workspace.DatasetEntry;
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
class OutsidePathsTest {

    @TempDir
    Path dir;

    /** A project in dir/project whose one dataset points at {@code path} (not embedded). */
    Path projectPointingAt(String path) throws IOException {
        Path csv = Files.copy(Path.of("sample-data/mobilenetv1-simulated-nano.csv"), dir.resolve("data.csv"));
        DatasetLoadResult r = DatasetCsvReader.read(csv, null);
        ProjectSnapshot s = new ProjectSnapshot(List.of(new DatasetEntry("d", csv, r.dataset(), r.problems(), 0)),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        Path folder = Files.createDirectories(dir.resolve("project"));
        ObjectNode root = ProjectStore.toJson(s, folder);
        ObjectNode d = (ObjectNode) root.get("datasets").get(0);
        d.remove("embedded");
        d.remove("absolute_path");
        d.put("path", path);
        return Files.writeString(folder.resolve("p.evolp.json"), root.toString());
    }

    @Test
    void aPathOutsideTheFolderIsNotReadButListedForConfirmation() throws IOException {
        Path project = projectPointingAt("../data.csv");
        ProjectLoad load = ProjectReader.read(project, ProgressMonitor.NONE);
        assertEquals(List.of(), load.snapshot().datasets());
        assertEquals(List.of(dir.resolve("data.csv").toAbsolutePath().normalize()), load.outside());
        assertTrue(load.problems().get(0).describe().contains("outside the project's folder"), load.problems().toString());
    }

    @Test
    void withPermissionItIsRead() throws IOException {
        Path project = projectPointingAt("../data.csv");
        ProjectLoad load = ProjectReader.read(project, ProgressMonitor.NONE, true);
        assertEquals(1, load.snapshot().datasets().size());
        assertEquals(List.of(), load.outside());
    }

    @Test
    void aLinkInsideTheFolderToAFileOutsideCountsAsOutside() throws IOException {
        Path project = projectPointingAt("link.csv");
        Files.createSymbolicLink(project.getParent().resolve("link.csv"), dir.resolve("data.csv"));
        ProjectLoad load = ProjectReader.read(project, ProgressMonitor.NONE);
        assertEquals(List.of(), load.snapshot().datasets());
        assertEquals(1, load.outside().size());
    }

    @Test
    void aFileInsideTheFolderNeedsNoQuestion() throws IOException {
        Path project = projectPointingAt("inside.csv");
        Files.copy(dir.resolve("data.csv"), project.getParent().resolve("inside.csv"));
        ProjectLoad load = ProjectReader.read(project, ProgressMonitor.NONE);
        assertEquals(1, load.snapshot().datasets().size());
        assertEquals(List.of(), load.outside());
    }
}
