package io.evolp.io;

import io.evolp.core.InputProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.evolp.io.CsvTestSupport.GOOD;
import static io.evolp.io.CsvTestSupport.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Problems of the file as a whole: header, encoding, emptiness, and the problem cap. */
class DatasetCsvFileProblemsTest {

    private static InputProblem only(DatasetLoadResult r) {
        assertEquals(1, r.totalProblems(), () -> r.problems().toString());
        return r.problems().get(0);
    }

    @Test
    void emptyFile() throws IOException {
        for (String text : List.of("", "\n\n  \n", "\uFEFF")) {
            DatasetLoadResult r = CsvTestSupport.read(text);
            InputProblem p = only(r);
            assertEquals(1, p.line());
            assertTrue(p.message().startsWith("empty file"), p.message());
            assertEquals(0, r.dataset().size());
            assertEquals("t", r.dataset().device());
        }
    }

    @Test
    void headerOnlyIsAWarningWithNoRows() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + "\n");
        assertTrue(only(r).message().startsWith("no data rows"));
        assertEquals(0, r.dataset().size());
    }

    @Test
    void missingRequiredColumnIsOneProblemAndNoRows() throws IOException {
        String header = HEADER.replace("stride_2,", "");
        DatasetLoadResult r = CsvTestSupport.read(header + "\n56,64,64,3,3,1,1,1,False,1,0.5\n");
        InputProblem p = only(r);
        assertEquals(1, p.line());
        assertEquals("stride_2", p.columnName());
        assertTrue(p.message().contains("missing required column 'stride_2'"), p.message());
        assertEquals(0, r.dataset().size());
    }

    @Test
    void eachMissingColumnIsNamed() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read("input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,"
                + "stride_1,stride_2,padding_1,padding_2,groups\n56,64,64,3,3,1,1,1,1,1\n");
        assertEquals(List.of("bias", "latency"), r.problems().stream().map(InputProblem::columnName).toList());
    }

    @Test
    void duplicatedColumnNameIsReportedAndTheFirstIsUsed() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + ",latency\n" + GOOD + ",9\n");
        InputProblem p = only(r);
        assertEquals(1, p.line());
        assertEquals(13, p.column());
        assertEquals("latency", p.columnName());
        assertTrue(p.message().contains("duplicate column name (first at column 12)"), p.message());
        assertEquals(1, r.dataset().size());
        assertEquals(0.5, r.dataset().latency(0));
    }

    @Test
    void emptyColumnNameIsReportedAndIgnored() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + ",\n" + GOOD + ",\n" + GOOD + ",x\n");
        InputProblem p = only(r);
        assertEquals(1, p.line());
        assertEquals(13, p.column());
        assertTrue(p.message().startsWith("empty column name"), p.message());
        assertEquals(2, r.dataset().size());
        assertEquals(List.of(), r.dataset().extraColumns());
    }

    @Test
    void invalidUtf8InTheHeaderIsReportedButKnownColumnsStillLoad() throws IOException {
        byte[] file = CsvTestSupport.concat(CsvTestSupport.utf8(HEADER + ",r"), new byte[]{(byte) 0xE9},
                CsvTestSupport.utf8("sum\n" + GOOD + ",1\n"));
        DatasetLoadResult r = CsvTestSupport.read(file);
        InputProblem p = only(r);
        assertEquals(1, p.line());
        assertEquals(13, p.column());
        assertTrue(p.message().contains("wrong encoding: expected UTF-8, found byte 0xE9"), p.message());
        assertEquals(1, r.dataset().size());
    }

    @Test
    void missingHeaderIsNamed() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(GOOD + "\n" + GOOD + "\n");
        InputProblem p = only(r);
        assertEquals(1, p.line());
        assertTrue(p.message().contains("the header is missing"), p.message());
    }

    @Test
    void utf16IsWrongEncodingWithOrWithoutBom() throws IOException {
        String text = HEADER + "\n" + GOOD + "\n";
        byte[][] variants = {text.getBytes(StandardCharsets.UTF_16BE), text.getBytes(StandardCharsets.UTF_16LE)};
        byte[][] boms = {{(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
        for (int i = 0; i < 2; i++) {
            for (byte[] file : List.of(CsvTestSupport.concat(boms[i], variants[i]), variants[i])) {
                DatasetLoadResult r = CsvTestSupport.read(file);
                InputProblem p = only(r);
                assertEquals(1, p.line());
                assertTrue(p.message().startsWith("wrong encoding: expected UTF-8"), p.message());
                assertEquals(0, r.dataset().size());
            }
        }
    }

    @Test
    void problemsAreCappedButAllCounted() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1000; i++) sb.append("56,64,64,3,3,1,1,1,1,False,1,-1\n");
        for (int i = 0; i < 5; i++) sb.append(GOOD).append('\n');
        DatasetLoadResult r = CsvTestSupport.read(sb.toString());
        assertEquals(200, r.problems().size());
        assertEquals(1000, r.totalProblems());
        assertTrue(r.truncated());
        assertEquals(2, r.problems().get(0).line());
        assertEquals(201, r.problems().get(199).line());
        assertEquals(5, r.dataset().size());
        assertEquals(1002, r.dataset().sourceLine(0));

        DatasetLoadResult capped = DatasetCsvReader.read(new ByteArrayInputStream(CsvTestSupport.utf8(sb.toString())),
                "t.csv", null, 10);
        assertEquals(10, capped.problems().size());
        assertEquals(1000, capped.totalProblems());
    }

    @Test
    void describeGivesFileLineColumnAndName() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + "\n56,64,64,3,3,1,1,1,1,False,1,abc\n");
        assertEquals("t.csv:2:12 (latency): expected a positive finite latency in ms, found 'abc'",
                only(r).describe());
    }
}
