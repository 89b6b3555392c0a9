package io.evolp.ui.workspace;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.project.Project;
import io.evolp.project.ProjectDataset;
import io.evolp.project.ProjectSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace as an observable adapter over the project model (no window needed for its lists). */
class WorkspaceTest {

    static Project project() {
        LayerDataset ds = LayerDataset.builder("dev").add(LayerConfig.of(14, 16, 16, 3, 1, 1, 1), 1.0).build();
        return new Project(List.of(new ProjectDataset("d", null, ds, List.of(), 0)), List.of(),
                List.of(), List.of(),
                List.of("simulated:tx2", "replay:/r.jsonl"), Map.of("screen", "datasets"));
    }

    @Test
    void loadThenSnapshotGivesTheSameProjectAndIsNotDirty() {
        Workspace ws = new Workspace();
        Path file = Path.of("p.evolp.json");
        Project p = project();
        ws.load(p, file);
        assertFalse(ws.isDirty());
        assertEquals(file, ws.projectFileProperty().get());
        assertEquals("d", ws.datasets().get(0).name());
        Project back = ws.snapshot();
        assertEquals(p.sessions(), back.sessions());
        assertEquals(p.sources(), back.sources());
        assertEquals(p.viewSettings(), back.viewSettings());
        assertEquals(p.datasets(), back.datasets(), "the same immutable rows, not a copy");
    }

    @Test
    void anyChangeMarksItDirtyAndListenersHearIt() {
        Workspace ws = new Workspace();
        ws.load(project(), null);
        int[] heard = {0};
        ws.dirtyProperty().addListener((o, was, now) -> heard[0]++);
        ws.viewSettings().put("k", "v");
        assertTrue(ws.isDirty());
        assertEquals(1, heard[0]);
        ws.markSaved();
        ws.datasets().add(DatasetEntry.of(project().datasets().get(0)));
        assertTrue(ws.isDirty());
        assertEquals("d (2)", ws.uniqueDatasetName("d"));
    }

    @Test
    void theSnapshotIsACopy() {
        Workspace ws = new Workspace();
        ws.load(project(), null);
        Project before = ws.snapshot();
        ws.datasets().clear();
        assertEquals(1, before.datasets().size());
        assertThrows(io.evolp.core.InvalidInputException.class, () -> SessionEntry.of(new ProjectSession("bad", "[1]")));
    }

    @Test
    void importedDatasetsGetNamesNotYetTakenAndKeepTheirProblems() throws Exception {
        Workspace ws = new Workspace();
        var imported = io.evolp.workflow.DatasetImport.read(Path.of("sample-data/broken/bad-rows.csv"), null);
        DatasetEntry first = ws.addImported(imported);
        DatasetEntry second = ws.addImported(imported);
        assertEquals(List.of(first, second), List.copyOf(ws.datasets()));
        assertEquals(first.name() + " (2)", second.name());
        assertFalse(first.problems().isEmpty(), "bad rows are kept for the Datasets screen to list");
        assertTrue(ws.isDirty());
    }
}
