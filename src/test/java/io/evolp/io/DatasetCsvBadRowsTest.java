package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static io.evolp.io.CsvTestSupport.GOOD;
import static io.evolp.io.CsvTestSupport.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One bad row between two good ones: the bad row is reported at its exact line and column, and the
 * good rows around it stay loaded.
 */
class DatasetCsvBadRowsTest {

    static Stream<Arguments> badRows() {
        return Stream.of(
                // kind, row, column, column name, message fragment
                Arguments.of("too few fields", "56,64,64,3,3,1,1,1,1,False,1", 12, "latency", "expected 12 fields, found 11"),
                Arguments.of("trailing comma", GOOD + ",", 13, null, "trailing comma"),
                Arguments.of("extra field", GOOD + ",7", 13, null, "expected 12 fields, found 13"),
                Arguments.of("non-numeric size", "abc,64,64,3,3,1,1,1,1,False,1,0.5", 1, "input_size", "found 'abc'"),
                Arguments.of("empty size", ",64,64,3,3,1,1,1,1,False,1,0.5", 1, "input_size", "found an empty field"),
                Arguments.of("non-integer channels", "56,3.5,64,3,3,1,1,1,1,False,1,0.5", 2, "input_channel", "not a whole number"),
                Arguments.of("channel overflow", "56,99999999999,64,3,3,1,1,1,1,False,1,0.5", 2, "input_channel", "too large"),
                Arguments.of("zero output channels", "56,64,0,3,3,1,1,1,1,False,1,0.5", 3, "output_channel", "expected a positive integer, found '0'"),
                Arguments.of("negative kernel", "56,64,64,-3,3,1,1,1,1,False,1,0.5", 4, "kernel_size_1", "found '-3'"),
                Arguments.of("kernel larger than input", "3,64,64,3,7,1,1,0,0,False,1,0.5", 5, "kernel_size_2", "kernel_size_2 <= input_size + 2 * padding_2 = 3"),
                Arguments.of("zero stride", "56,64,64,3,3,1,0,1,1,False,1,0.5", 7, "stride_2", "positive integer, found '0'"),
                Arguments.of("negative padding", "56,64,64,3,3,1,1,-1,1,False,1,0.5", 8, "padding_1", "expected an integer >= 0, found '-1'"),
                Arguments.of("bad bias literal", "56,64,64,3,3,1,1,1,1,yes,1,0.5", 10, "bias", "expected True or False, found 'yes'"),
                Arguments.of("empty bias", "56,64,64,3,3,1,1,1,1,,1,0.5", 10, "bias", "found an empty field"),
                Arguments.of("groups not dividing", "56,64,64,3,3,1,1,1,1,False,3,0.5", 11, "groups", "dividing input_channel (64) and output_channel (64), found 3"),
                Arguments.of("zero groups", "56,64,64,3,3,1,1,1,1,False,0,0.5", 11, "groups", "positive integer"),
                Arguments.of("negative latency", "56,64,64,3,3,1,1,1,1,False,1,-0.5", 12, "latency", "(negative)"),
                Arguments.of("zero latency", "56,64,64,3,3,1,1,1,1,False,1,0", 12, "latency", "(zero)"),
                Arguments.of("NaN latency", "56,64,64,3,3,1,1,1,1,False,1,NaN", 12, "latency", "(NaN)"),
                Arguments.of("infinite latency", "56,64,64,3,3,1,1,1,1,False,1,inf", 12, "latency", "(infinite)"),
                Arguments.of("overflowing latency", "56,64,64,3,3,1,1,1,1,False,1,1e999", 12, "latency", "(infinite)"),
                Arguments.of("empty latency", "56,64,64,3,3,1,1,1,1,False,1,", 12, "latency", "found an empty field"),
                Arguments.of("non-numeric latency", "56,64,64,3,3,1,1,1,1,False,1,fast", 12, "latency", "found 'fast'"),
                Arguments.of("java-only double syntax", "56,64,64,3,3,1,1,1,1,False,1,0.5d", 12, "latency", "found '0.5d'"),
                Arguments.of("text after closing quote", "\"56\"x,64,64,3,3,1,1,1,1,False,1,0.5", 1, "input_size", "after the closing quote"),
                Arguments.of("repeated header", HEADER, 0, null, "repeated header line"),
                Arguments.of("repeated header with BOM", "\uFEFF" + HEADER, 0, null, "repeated header line"),
                Arguments.of("header of another layout", "input_size,input_channel,output_channel", 0, null, "header line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void badRowIsReportedAtItsLineAndColumnAndGoodRowsStay(String kind, String row, int column,
                                                            String columnName, String fragment) throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + "\n" + GOOD + "\n" + row + "\n" + GOOD + "\n");
        assertEquals(1, r.totalProblems(), () -> kind + ": " + r.problems());
        InputProblem p = r.problems().get(0);
        assertEquals(3, p.line(), kind);
        assertEquals(column, p.column(), kind);
        assertEquals(columnName, p.columnName(), kind);
        assertTrue(p.message().contains(fragment), () -> kind + ": '" + p.message() + "' lacks '" + fragment + "'");
        assertEquals("t.csv", p.file());
        LayerDataset ds = r.dataset();
        assertEquals(2, ds.size(), kind);
        assertEquals(2, ds.sourceLine(0));
        assertEquals(4, ds.sourceLine(1));
    }

    @Test
    void invalidUtf8IsReportedAsWrongEncodingAtItsColumn() throws IOException {
        byte[] latin1Row = {'5', '6', ',', '6', '4', ',', '6', '4', ',', '3', ',', '3', ',', '1', ',', '1', ',', '1', ',',
                '1', ',', 'F', 'a', 'l', 's', 'e', ',', '1', ',', '0', '.', '5', ',', 'c', 'a', 'f', (byte) 0xE9};
        byte[] file = CsvTestSupport.concat(CsvTestSupport.utf8(HEADER + ",note\n" + GOOD + ",ok\n"), latin1Row,
                CsvTestSupport.utf8("\n" + GOOD + ",fine\n"));
        DatasetLoadResult r = CsvTestSupport.read(file);
        assertEquals(1, r.totalProblems(), () -> r.problems().toString());
        InputProblem p = r.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(13, p.column());
        assertEquals("note", p.columnName());
        assertTrue(p.message().startsWith("wrong encoding: expected UTF-8"), p.message());
        assertTrue(p.message().contains("0xE9"), p.message());
        assertEquals(2, r.dataset().size());
        assertEquals("fine", r.dataset().extra(1, 0));
    }

    @Test
    void everyBadCellOfARowIsReportedInColumnOrder() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + "\n0,x,64,3,3,1,1,1,1,maybe,1,-1\n" + GOOD + "\n");
        assertEquals(4, r.totalProblems());
        assertEquals(List.of(1, 2, 10, 12), r.problems().stream().map(InputProblem::column).toList());
        assertTrue(r.problems().stream().allMatch(p -> p.line() == 2));
        assertEquals(1, r.dataset().size());
        assertEquals(3, r.dataset().sourceLine(0));
    }

    @Test
    void lineNumbersCountBlankLinesAndQuotedLineBreaks() throws IOException {
        String text = HEADER + ",note\n\n" + GOOD + ",\"two\nlines\"\n\n  \n" + "56,64,64,3,3,1,1,1,1,False,1,-2,x\n";
        DatasetLoadResult r = CsvTestSupport.read(text);
        assertEquals(7, r.problems().get(0).line());
        assertEquals(3, r.dataset().sourceLine(0));
        assertEquals("two\nlines", r.dataset().extra(0, 0));
    }

    @Test
    void unterminatedQuoteNamesTheLinesItSwallowed() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + ",note\n" + GOOD + ",a\n" + GOOD + ",\"oops\n" + GOOD + ",b\n");
        assertEquals(1, r.totalProblems());
        InputProblem p = r.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(13, p.column());
        assertTrue(p.message().contains("closing quote") && p.message().contains("lines 3-4"), p.message());
        assertEquals(1, r.dataset().size());
    }

    @Test
    void deviceDisagreementIsReportedButTheRowIsKept() throws IOException {
        String text = "device," + HEADER + "\ntx2," + GOOD + "\nnano," + GOOD + "\ntx2," + GOOD + "\n";
        DatasetLoadResult r = CsvTestSupport.read(text);
        assertEquals(1, r.totalProblems());
        InputProblem p = r.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(1, p.column());
        assertEquals("device", p.columnName());
        assertTrue(p.message().contains("expected device 'tx2'") && p.message().contains("found 'nano'"), p.message());
        assertEquals(3, r.dataset().size());
        assertEquals("tx2", r.dataset().device());
    }
}
