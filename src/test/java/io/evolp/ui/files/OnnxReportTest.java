package io.evolp.ui.files;

import io.evolp.core.InputProblem;
import io.evolp.core.ModelSpec;
import io.evolp.core.LayerConfig;
import io.evolp.io.onnx.OnnxImportResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The notes an ONNX import shows: unsupported operators in one line, then at most 12 problems. */
class OnnxReportTest {

    private static final ModelSpec MODEL = ModelSpec.explicit("m", List.of(LayerConfig.of(14, 16, 16, 3, 1, 1, 1)));

    private static List<InputProblem> problems(int n) {
        return IntStream.range(0, n).mapToObj(i -> new InputProblem("m.onnx", 0, 0, "node" + i, "approximated")).toList();
    }

    @Test
    void aCleanImportHasNothingToSay() {
        assertEquals(List.of(), OnnxReport.lines(new OnnxImportResult(MODEL, Map.of(), List.of(), List.of())));
    }

    @Test
    void operatorsThenEachProblem() {
        List<String> lines = OnnxReport.lines(new OnnxImportResult(MODEL, Map.of(), List.of("Resize", "Einsum"), problems(2)));
        assertEquals(3, lines.size());
        assertEquals("Operators the importer does not follow (not fatal): Resize, Einsum", lines.get(0));
        assertEquals(problems(2).get(1).describe(), lines.get(2));
    }

    @Test
    void longListsAreCutWithACount() {
        List<String> lines = OnnxReport.lines(new OnnxImportResult(MODEL, Map.of(), List.of(), problems(20)));
        assertEquals(OnnxReport.MAX_PROBLEMS + 1, lines.size());
        assertEquals("… and 8 more", lines.get(lines.size() - 1));
    }
}
