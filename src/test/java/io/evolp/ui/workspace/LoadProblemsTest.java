package io.evolp.ui.workspace;

import io.evolp.core.InputProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "part of the project could not be loaded" text: ten problems with their place, then a count. */
class LoadProblemsTest {

    private static List<InputProblem> problems(int n) {
        return IntStream.range(0, n).mapToObj(i -> new InputProblem("p.evolp.json", i + 3, 7, "rows", "bad " + i)).toList();
    }

    @Test
    void fewProblemsAreAllListed() {
        String text = LoadProblems.describe(problems(2));
        assertEquals(problems(2).get(0).describe() + "\n" + problems(2).get(1).describe() + "\nEverything else was loaded.", text);
        assertTrue(text.contains("p.evolp.json"), text);
    }

    @Test
    void manyProblemsStopAtTenWithACount() {
        String text = LoadProblems.describe(problems(25));
        List<String> lines = text.lines().toList();
        assertEquals(12, lines.size());
        assertEquals(problems(25).get(9).describe(), lines.get(9));
        assertEquals("… and 15 more", lines.get(10));
    }
}
