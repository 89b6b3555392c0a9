package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Strict, located reading by data binding: parse errors, shape violations, binding and mapper problems. */
class JsonFilesTest {

    record Point(Integer x, Integer y) {
    }

    private static final JsonShape POINT = JsonShape.object().with("x", JsonShape.integer()).with("y", JsonShape.integer());

    private static InputProblem problem(String text, java.util.function.Function<Point, Object> mapper) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JsonFiles.parse(text, "p.json", Point.class, POINT, "point", mapper));
        return e.problems().get(0);
    }

    @Test
    void bindsAndMaps() {
        Integer sum = JsonFiles.parse("{\"x\": 3, \"y\": 4}", "p.json", Point.class, POINT, "point", p -> p.x() + p.y());
        assertEquals(7, sum.intValue());
    }

    @Test
    void truncatedTextIsLocated() {
        InputProblem p = problem("{\n  \"x\": 3,\n  \"y\": ", x -> x);
        assertEquals("p.json", p.file());
        assertEquals(3, p.line());
        assertTrue(p.column() > 0);
        assertTrue(p.message().startsWith("invalid JSON"), p.message());
    }

    @Test
    void unknownFieldIsLocatedAtItsName() {
        InputProblem p = problem("{\"x\": 3,\n \"z\": 4}", x -> x);
        assertEquals(2, p.line());
        assertEquals(2, p.column());
        assertTrue(p.message().contains("unknown field 'z'"), p.message());
    }

    @Test
    void mapperProblemsAreLocatedAtTheirPointer() {
        InputProblem p = problem("{\"x\": 3,\n  \"y\": -1}", pt -> {
            if (pt.y() < 0) throw new FieldProblem("/y", "y must not be negative");
            return pt;
        });
        assertEquals(2, p.line());
        assertEquals(8, p.column());
        assertEquals("/y", p.columnName());
        assertEquals("y must not be negative", p.message());
    }

    @Test
    void emptyAndNonObjectTextsAreRefused() {
        assertTrue(problem("", x -> x).message().contains("expected a JSON object"));
        assertTrue(problem("[1, 2]", x -> x).message().contains("expected a JSON object, found an array"));
    }

    @Test
    void bindingProblemsBecomeFieldProblems() {
        FieldProblem p = assertThrows(FieldProblem.class, () -> JsonFiles.bind(List.of(1, 2), Point.class));
        assertEquals("", p.pointer());
        assertFalse(p.getMessage().contains("com.fasterxml"), p.getMessage());
    }

    @Test
    void rawJsonKeepsAnEmbeddedValueAsText() throws Exception {
        record Holder(RawJson model) {
        }
        String text = "{\"model\":{\"arch\":\"vgg16\",\"widths\":[1,2]}}";
        Holder h = Json.mapper().readValue(text, Holder.class);
        assertEquals("{\"arch\":\"vgg16\",\"widths\":[1,2]}", h.model().text());
        assertEquals(text, JsonOut.line(h));
    }

    @Test
    void childPointersAreEscaped() {
        assertEquals("/gammas/a~1b", FieldProblem.child("/gammas", "a/b"));
    }
}
