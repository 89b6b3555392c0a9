package io.evolp.project;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The project model: immutable, named entries, default sources. */
class ProjectTest {

    @Test
    void itIsACopyAndFindsDatasetsByName() {
        List<ProjectDataset> list = new ArrayList<>(List.of(new ProjectDataset("d", null, DatasetColumnsTest.small(), List.of(), 0)));
        Project p = new Project(list, List.of(), List.of(), List.of(), List.of(), Map.of());
        list.clear();
        assertEquals(1, p.datasets().size());
        assertEquals(2, p.dataset("d").rows());
        assertEquals("dev", p.dataset("d").device());
        assertNull(p.dataset("x"));
        assertThrows(UnsupportedOperationException.class, () -> p.datasets().clear());
    }

    @Test
    void defaultSourcesComeFirstOnce() {
        assertEquals(List.of("simulated:tx2", "simulated:nano", "simulated:cpu", "replay:/r.jsonl"),
                Project.withDefaultSources(List.of("simulated:nano", "replay:/r.jsonl")));
        assertEquals(Project.DEFAULT_SOURCES, Project.empty().sources());
    }

    @Test
    void entriesNeedNames() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectDataset(" ", null, DatasetColumnsTest.small(), List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSession("s", ""));
        assertThrows(IllegalArgumentException.class, () -> new ProjectModel("", null, null));
        assertEquals(3, new ProjectDataset("d", null, DatasetColumnsTest.small(),
                List.of(new io.evolp.core.InputProblem(null, 0, 0, null, "x")), 3).totalProblems());
    }
}
