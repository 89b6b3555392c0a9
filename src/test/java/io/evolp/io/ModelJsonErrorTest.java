package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Each kind of bad model file is reported with file, line, column and what was expected. */
class ModelJsonErrorTest {

    @TempDir
    Path dir;

    private static InputProblem problem(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelJson.parse(json, "m.json", 1));
        assertEquals(1, e.problems().size());
        InputProblem p = e.problems().get(0);
        assertEquals("m.json", p.file());
        assertEquals(p.describe(), e.getMessage());
        return p;
    }

    private static void assertAt(InputProblem p, int line, int column, String... fragments) {
        assertEquals(line, p.line(), p.describe());
        assertEquals(column, p.column(), p.describe());
        for (String f : fragments) assertTrue(p.message().contains(f), "'" + f + "' missing in: " + p.describe());
    }

    @Test
    void truncatedJson() {
        InputProblem p = problem("{\n  \"arch\": \"vgg16\",\n  \"widths\": [64, 64");
        assertAt(p, 3, 20, "truncated JSON", "expected close marker for Array");
        assertFalse(p.message().contains("Source"), "no Jackson internals: " + p.message());
    }

    @Test
    void syntaxErrorMidFile() {
        InputProblem p = problem("{\"arch\": \"vgg16\",\n \"widths\": [64 64]}");
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("invalid JSON"), p.message());
    }

    @Test
    void unknownArchitecture() {
        InputProblem p = problem("{\n  \"arch\": \"alexnet\"\n}");
        assertAt(p, 2, 11, "unknown architecture 'alexnet'", "vgg16, resnet50, mobilenetv1, inceptionv3");
        assertEquals("arch", p.columnName());
        assertEquals("m.json:2:11 (arch): unknown architecture 'alexnet'; known: vgg16, resnet50, mobilenetv1, inceptionv3",
                p.describe());
    }

    @Test
    void wrongWidthsLength() {
        InputProblem p = problem("{\"arch\": \"mobilenetv1\",\n  \"widths\": [32, 64, 128]}");
        assertAt(p, 2, 13, "mobilenetv1 expects 14 widths", "got 3");
    }

    @Test
    void negativeWidthNamesTheLayer() {
        String json = "{\"arch\":\"vgg16\",\"widths\":[64,64,128,-5,256,256,256,512,512,512,512,512,512]}";
        InputProblem p = problem(json);
        assertAt(p, 1, json.indexOf("-5") + 1, "conv2_2", "positive integer", "-5");
        assertEquals("widths[3]", p.columnName());
        InputProblem frac = problem(json.replace("-5", "12.5"));
        assertAt(frac, 1, json.indexOf("-5") + 1, "conv2_2", "12.5");
    }

    @Test
    void missingCinNamesTheConv() {
        String json = """
                {"name": "x", "convs": [
                  {"input_size": 56, "cin": 64, "cout": 64, "k": 3, "p": 1},
                  {"input_size": 56, "cout": 64, "k": 3, "p": 1}
                ]}""";
        InputProblem p = problem(json);
        assertAt(p, 3, 3, "conv 1", "missing \"cin\"");
        assertEquals("convs[1]", p.columnName());
    }

    @Test
    void badConvFieldsNameConvAndField() {
        String base = "{\"convs\":[{\"input_size\":56,\"cin\":64,\"cout\":64,\"k\":3},{\"input_size\":56,\"cin\":64,\"cout\":64,%s}]}";
        String k3 = String.format(base, "\"k\":[3,3,3]");
        assertAt(problem(k3), 1, k3.indexOf("[3,3,3]") + 1, "conv 1", "\"k\"", "two-element array", "3 elements");
        String sStr = String.format(base, "\"k\":3,\"s\":\"two\"");
        InputProblem s = problem(sStr);
        assertAt(s, 1, sStr.indexOf("\"two\"") + 1, "conv 1", "\"s\"");
        assertEquals("convs[1].s", s.columnName());
        String pNeg = String.format(base, "\"k\":3,\"p\":[1,-1]");
        InputProblem p = problem(pNeg);
        assertAt(p, 1, pNeg.indexOf("-1") + 1, "\"p\"", ">= 0");
        assertEquals("convs[1].p[1]", p.columnName());
        String groups = String.format(base, "\"k\":3,\"groups\":5");
        assertAt(problem(groups), 1, groups.lastIndexOf("{") + 1, "conv 1", "groups (5) must divide");
        String bias = String.format(base, "\"k\":1,\"bias\":\"False\"");
        assertAt(problem(bias), 1, bias.indexOf("\"False\"") + 1, "\"bias\" must be true or false");
        String noK = String.format(base, "\"p\":0");
        assertAt(problem(noK), 1, noK.lastIndexOf("{") + 1, "conv 1", "missing \"k\"");
        String bigK = String.format(base, "\"k\":99");
        assertTrue(problem(bigK).message().contains("kernel larger than padded input"));
    }

    @Test
    void badLatency() {
        String nan = "{\"arch\":\"vgg16\",\"latency_ms\":NaN}";
        assertAt(problem(nan), 1, nan.indexOf("NaN") + 4, "NaN", "numbers must be finite");
        String neg = "{\"arch\":\"vgg16\",\"latency_ms\":-0.5}";
        InputProblem p = problem(neg);
        assertAt(p, 1, neg.indexOf("-0.5") + 1, "latency_ms", "above 0", "-0.5");
        String inf = "{\"arch\":\"vgg16\",\"latency_ms\":1e400}";
        assertAt(problem(inf), 1, inf.indexOf("1e400") + 1, "finite");
        String text = "{\"arch\":\"vgg16\",\"latency_ms\":\"fast\"}";
        assertAt(problem(text), 1, text.indexOf("\"fast\"") + 1, "must be a number");
    }

    @Test
    void badGammas() {
        String len = "{\"arch\":\"mobilenetv1\",\"gammas\":{\"conv1\":[1,2,3]}}";
        assertAt(problem(len), 1, len.indexOf("[1,2,3]") + 1, "'conv1'", "3 values", "32 channels");
        String name = "{\"arch\":\"mobilenetv1\",\"gammas\":{\"fc\":[1]}}";
        assertTrue(problem(name).message().contains("'fc' is not a prunable layer of mobilenetv1"));
        String range = "{\"convs\":[{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":1}],\"gammas\":{\"1\":[1,2,3,4]}}";
        assertTrue(problem(range).message().contains("out of range: the model has 1 convs"));
        String notNum = "{\"convs\":[{\"input_size\":8,\"cin\":4,\"cout\":2,\"k\":1}],\"gammas\":{\"0\":[1,\"x\"]}}";
        assertAt(problem(notNum), 1, notNum.indexOf("\"x\"") + 1, "finite numbers");
    }

    @Test
    void structuralProblems() {
        assertTrue(problem("[1,2]").message().contains("expected a JSON object"));
        assertTrue(problem("{\"name\":\"x\"}").message().contains("expected \"arch\""));
        assertTrue(problem("{\"arch\":\"vgg16\",\"convs\":[]}").message().contains("not both"));
        assertTrue(problem("{\"arch\":\"vgg16\"} {\"arch\":\"vgg16\"}").message().contains("unexpected content after"));
        assertTrue(problem("{\"convs\":[]}").message().contains("non-empty array"));
        assertTrue(problem("   ").message().contains("empty input"));
    }

    @Test
    void jsonLinesReportsEveryBadLineAtItsFileLine() throws IOException {
        Path f = dir.resolve("models.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"arch\":\"vgg16\",\"latency_ms\":40}",
                "",
                "{\"arch\":\"vgg16\",\"latency_ms\":-1}",
                "{\"arch\":\"resnet50\"}",
                "{\"arch\":\"resnet50\"",
                ""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelJson.read(f));
        List<InputProblem> ps = e.problems();
        assertEquals(2, ps.size(), ps.toString());
        assertEquals(f.toString(), ps.get(0).file());
        assertEquals(3, ps.get(0).line());
        assertEquals(30, ps.get(0).column());
        assertEquals(5, ps.get(1).line());
        assertTrue(ps.get(1).message().startsWith("truncated JSON"), ps.get(1).message());
        assertTrue(e.getMessage().contains("(and 1 more problems)"), e.getMessage());
    }

    @Test
    void fileLevelProblems() throws IOException {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "\n  \n");
        assertTrue(assertThrows(InvalidInputException.class, () -> ModelJson.read(empty)).getMessage()
                .contains("empty file"));

        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertTrue(assertThrows(InvalidInputException.class, () -> ModelJson.read(latin1)).getMessage()
                .contains("not UTF-8"));

        Path two = dir.resolve("two.jsonl");
        Files.writeString(two, "{\"arch\":\"vgg16\"}\n{\"arch\":\"vgg16\"}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelJson.readOne(two));
        assertTrue(e.getMessage().contains("expected exactly one model, found 2"), e.getMessage());

        assertThrows(IOException.class, () -> ModelJson.read(dir.resolve("missing.json")));
    }
}
