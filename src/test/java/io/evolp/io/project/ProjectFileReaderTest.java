package io.evolp.io.project;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strict, entry-by-entry binding of project files; every problem located. */
class ProjectFileReaderTest {

    static final String HEAD = "{\"type\":\"evolp-project\",\"format\":1,";

    static ProjectFileRead read(String text) {
        return ProjectFileReader.read(text, "p.evolp.json", ProgressMonitor.NONE);
    }

    @Test
    void sectionsAndEntriesAreBoundWithTheirPositions() {
        ProjectFileRead r = read(HEAD + "\"view_settings\":{\"a\":\"b\"},\"sources\":[\"simulated:tx2\"],\n"
                + "\"sessions\":[{\"name\":\"s\",\"session\":{\"format\":2}}]}");
        assertEquals(Map.of("a", "b"), r.viewSettings());
        assertEquals(List.of("simulated:tx2"), r.sources());
        assertEquals("s", r.sessions().get(0).value().name());
        assertEquals("{\"format\":2}", r.sessions().get(0).value().session().text());
        assertEquals(2, r.sessions().get(0).line());
        assertEquals(13, r.sessions().get(0).column());
        assertEquals(List.of(), r.problems());
        assertNull(r.damage());
    }

    @Test
    void aBadEntryIsLocatedAtItsFieldAndTheNextOneStillLoads() {
        String text = HEAD + "\n\"sessions\":[{\"name\":\"a\",\"session\":{}},\n  {\"name\":\"b\",\"colour\":1,\"session\":{}},"
                + "{\"name\":\"c\",\"session\":{}}]}";
        ProjectFileRead r = read(text);
        assertEquals(List.of("a", "c"), r.sessions().stream().map(l -> l.value().name()).toList());
        InputProblem p = r.problems().get(0);
        assertEquals(3, p.line());
        // Records bind after the whole object is read: Jackson places an unknown field at the entry's end.
        assertTrue(p.column() >= 3 && p.column() <= 39, p.describe());
        assertEquals("sessions[2].colour", p.columnName());
        assertTrue(p.message().contains("colour"), p.message());
    }

    @Test
    void wrongTypesAndMissingFieldsAreRefused() {
        ProjectFileRead r = read(HEAD + "\"datasets\":[{\"name\":\"d\",\"rows\":\"12\"},{\"name\":\"e\"},{\"rows\":1.5,\"name\":\"f\"}]}");
        assertEquals(List.of(), r.datasets());
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertEquals("datasets[1].rows", r.problems().get(0).columnName());
        assertTrue(r.problems().get(1).message().contains("missing required field 'rows'"), r.problems().get(1).message());
        assertEquals("datasets[3].rows", r.problems().get(2).columnName());
    }

    @Test
    void aCutOffFileKeepsWhatPrecedesTheCut() {
        ProjectFileRead r = read(HEAD + "\"sessions\":[{\"name\":\"a\",\"session\":{}},{\"name\":\"b\",\"sess");
        assertEquals(1, r.sessions().size());
        assertEquals(1, r.damage().line());
        assertTrue(r.damage().message().contains("damaged or cut off"), r.damage().message());
    }

    @Test
    void anUnknownTopLevelFieldIsAProblemNotAFailure() {
        ProjectFileRead r = read(HEAD + "\"extra\":[1,2],\"sources\":[\"x\"]}");
        assertEquals(List.of("x"), r.sources());
        assertEquals("extra", r.problems().get(0).columnName());
    }

    @Test
    void somethingElseIsNotAProject() {
        for (String text : List.of("[1]", "{\"format\":1,\"kind\":\"lut\"}", "{\"type\":\"other\"}",
                "{\"type\":\"evolp-project\",\"format\":9}")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(text), text);
            assertTrue(e.getMessage().startsWith("p.evolp.json"), e.getMessage());
        }
    }
}
