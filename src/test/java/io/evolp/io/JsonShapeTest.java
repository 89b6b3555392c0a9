package io.evolp.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict reading policy: unknown fields (with the closest name), nulls, types and ranges, located. */
class JsonShapeTest {

    private static final JsonShape SHAPE = JsonShape.object()
            .with("widths", JsonShape.arrayOf(JsonShape.integer().atLeast(1)))
            .with("latency", JsonShape.number().above(0).atMost(10))
            .with("when", JsonShape.timestamp())
            .with("kids", JsonShape.arrayOf(JsonShape.select("kind", Map.of("a", JsonShape.object()
                    .with("kind", JsonShape.string()).with("x", JsonShape.bool())))));

    private static InputProblem problem(String json) throws Exception {
        JsonNode n = Json.mapper().readTree(json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SHAPE.check(n, "f.json", json, 1));
        return e.problems().get(0);
    }

    @Test
    void anUnknownFieldIsLocatedAtItsNameWithTheClosestKnownName() throws Exception {
        InputProblem p = problem("{\n  \"widht\": [1]\n}");
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertEquals("unknown field 'widht' (did you mean 'widths'?)", p.message());
    }

    @Test
    void farFromAnyNameListsTheKnownOnes() throws Exception {
        assertTrue(problem("{\"zzzzzzzz\": 1}").message().contains("takes kids, latency, when, widths"));
    }

    @Test
    void nullsTypesRangesAndTimestampsAreRefused() throws Exception {
        assertTrue(problem("{\"latency\": null}").message().contains("is null"));
        assertTrue(problem("{\"widths\": [\"1\"]}").message().contains("must be an integer, found the string"));
        assertTrue(problem("{\"widths\": [0]}").message().contains("must be >= 1, found 0"));
        assertTrue(problem("{\"latency\": 0}").message().contains("must be > 0"));
        assertTrue(problem("{\"latency\": 1e308}").message().contains("must be at most 10"));
        assertTrue(problem("{\"when\": \"yesterday\"}").message().contains("UTC timestamp"));
    }

    @Test
    void aSelectedVariantIsCheckedAndAnUnknownOneIsLeftToItsReader() throws Exception {
        InputProblem p = problem("{\"kids\": [{\"kind\": \"a\", \"x\": 1}]}");
        assertEquals("kids[0].x", p.columnName());
        JsonNode ok = Json.mapper().readTree("{\"kids\": [{\"kind\": \"b\", \"anything\": null}]}");
        SHAPE.check(ok, "f.json", ok.toString(), 1);
    }

    @Test
    void controlCharactersInNamesAreEscaped() throws Exception {
        assertTrue(problem("{\"a\\u001b[2J\": 1}").describe().contains("a\\e[2J"));
    }

    @Test
    void closestNameAllowsSmallTyposOnly() {
        assertEquals("widths", ClosestName.of("widht", List.of("widths", "name")));
        assertEquals("cin", ClosestName.of("cni", List.of("cin", "cout")));
        assertNull(ClosestName.of("colour", List.of("cin", "cout")));
    }
}
