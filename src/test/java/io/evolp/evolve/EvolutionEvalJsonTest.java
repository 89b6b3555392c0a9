package io.evolp.evolve;

import io.evolp.io.evolve.EvolutionEvalReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class EvolutionEvalJsonTest {

    private static EvalSummary s(double median) {
        return new EvalSummary(median, median - 1, median + 1, median - 2, median + 2, median, 5);
    }

    @Test
    void reportKeepsTheDocumentedFieldsAndLeavesOutEmptyCoverage() {
        EvalSummary none = new EvalSummary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        EvolutionEval.Result r = new EvolutionEval.Result(List.of("linear", "shrink"), 3, 10, 7L, Map.of("vgg16", 4),
                List.of(new EvolutionEval.Cell("linear", 1, s(12), s(40), none),
                        new EvolutionEval.Cell("shrink", 1, s(8), s(60), s(90))));
        EvolutionEvalReport report = EvolutionEvalJson.toReport(r);
        assertEquals(2, report.results().size());
        assertNull(report.results().get(0).coverage90());
        assertEquals(90, report.results().get(1).coverage90().median());
        String json = EvolutionEvalJson.toJson(r);
        assertTrue(json.startsWith("{\"draws\":10,\"seed\":7,\"max_k\":3,\"families\":{\"vgg16\":4},\"results\":["), json);
        assertFalse(json.contains("\"n\""), "counts are not part of the summary");
        assertTrue(json.contains("\"correction\":\"shrink\",\"k\":1,\"mape\":{\"median\":8.0"), json);
        assertFalse(json.substring(0, json.indexOf("shrink")).contains("coverage90"));
    }
}
