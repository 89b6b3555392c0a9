package io.evolp.io;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.evolp.io.CsvTestSupport.GOOD;
import static io.evolp.io.CsvTestSupport.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class DatasetCsvGoodFilesTest {

    private static final LayerConfig GOOD_CONFIG = new LayerConfig(56, 64, 64, 3, 3, 1, 1, 1, 1, false, 1);

    private static void assertClean(DatasetLoadResult r) {
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        assertEquals(0, r.totalProblems());
    }

    @Test
    void readsTheEvoLpLayout() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + "\n" + GOOD + "\n"
                + "112,32,32,3,3,2,2,1,1,True,32,0.01234\n" + "7,512,2048,1,1,1,1,0,0,False,1,3.5\n");
        assertClean(r);
        LayerDataset ds = r.dataset();
        assertEquals(3, ds.size());
        assertEquals(GOOD_CONFIG, ds.config(0));
        assertEquals(0.5, ds.latency(0));
        assertEquals(new LayerConfig(112, 32, 32, 3, 3, 2, 2, 1, 1, true, 32), ds.config(1));
        assertEquals(0.01234, ds.latency(1));
        assertEquals(3.5, ds.latency(2));
        assertEquals(List.of(2, 3, 4), List.of(ds.sourceLine(0), ds.sourceLine(1), ds.sourceLine(2)));
        assertEquals("t", ds.device());
        assertEquals(List.of(), ds.extraColumns());
    }

    @Test
    void olderFilesWithoutGroupsMeanGroupsOne() throws IOException {
        String header = HEADER.replace(",groups", "");
        DatasetLoadResult r = CsvTestSupport.read(header + "\n56,64,128,3,3,1,1,1,1,False,0.5\n");
        assertClean(r);
        assertEquals(new LayerConfig(56, 64, 128, 3, 3, 1, 1, 1, 1, false, 1), r.dataset().config(0));
    }

    @Test
    void columnsAreMatchedByNameInAnyOrderAndCase() throws IOException {
        String text = "Latency,groups,bias,padding_2,padding_1,stride_2,stride_1,kernel_size_2,kernel_size_1,"
                + "output_channel,input_channel,INPUT_SIZE\n" + "0.25,1,false,0,1,1,2,1,3,128,64,28\n";
        DatasetLoadResult r = CsvTestSupport.read(text);
        assertClean(r);
        assertEquals(new LayerConfig(28, 64, 128, 3, 1, 2, 1, 1, 0, false, 1), r.dataset().config(0));
        assertEquals(0.25, r.dataset().latency(0));
    }

    @Test
    void extraColumnsAreKeptPerRow() throws IOException {
        String text = "run," + HEADER + ",note\n" + "1," + GOOD + ",warm\n" + "2," + GOOD + ",\"a, b \"\"c\"\"\"\n";
        DatasetLoadResult r = CsvTestSupport.read(text);
        assertClean(r);
        LayerDataset ds = r.dataset();
        assertEquals(List.of("run", "note"), ds.extraColumns());
        assertEquals("1", ds.extra(0, 0));
        assertEquals("warm", ds.extra(0, 1));
        assertEquals("2", ds.extra(1, 0));
        assertEquals("a, b \"c\"", ds.extra(1, 1));
        assertEquals(GOOD_CONFIG, ds.config(1));
    }

    @Test
    void repeatedExtraValuesShareOneString() throws IOException {
        // Sharing keeps a million-row load from creating a million identical Strings (GC time).
        DatasetLoadResult r = CsvTestSupport.read(HEADER + ",host,run\n" + GOOD + ",lab-1,1\n" + GOOD + ",lab-1,2\n"
                + GOOD + ",lab-2,1\n");
        assertClean(r);
        LayerDataset ds = r.dataset();
        assertSame(ds.extra(0, 0), ds.extra(1, 0));
        assertSame(ds.extra(0, 1), ds.extra(2, 1));
        assertEquals(List.of("lab-1", "2", "lab-2", "1"), List.of(ds.extra(1, 0), ds.extra(1, 1), ds.extra(2, 0), ds.extra(2, 1)));
    }

    @Test
    void deviceComesFromColumnThenArgumentThenFileName(@TempDir Path dir) throws IOException {
        DatasetLoadResult fromColumn = CsvTestSupport.read(HEADER + ",device\n" + GOOD + ",jetson-tx2\n");
        assertClean(fromColumn);
        assertEquals("jetson-tx2", fromColumn.dataset().device());
        assertEquals(List.of("device"), fromColumn.dataset().extraColumns());

        String plain = HEADER + "\n" + GOOD + "\n";
        DatasetLoadResult fromArg = DatasetCsvReader.read(new ByteArrayInputStream(CsvTestSupport.utf8(plain)),
                "x.csv", "nano");
        assertEquals("nano", fromArg.dataset().device());

        Path file = dir.resolve("tx2_layers.v2.csv");
        Files.writeString(file, plain);
        DatasetLoadResult fromName = DatasetCsvReader.read(file, null);
        assertClean(fromName);
        assertEquals("tx2_layers.v2", fromName.dataset().device());
        assertEquals("tx2_layers.v2", DatasetCsvReader.read(file, " ").dataset().device());

        DatasetLoadResult columnBeatsArg = DatasetCsvReader.read(new ByteArrayInputStream(
                CsvTestSupport.utf8(HEADER + ",device\n" + GOOD + ",cpu\n")), "x.csv", "nano");
        assertEquals("cpu", columnBeatsArg.dataset().device());
    }

    @Test
    void emptyDeviceCellsBeforeTheFirstNamedOneTakeThatName() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + ",device\n" + GOOD + ",\n" + GOOD + ",tx2\n");
        assertClean(r);
        assertEquals("tx2", r.dataset().device());
        assertEquals(2, r.dataset().size());
    }

    @Test
    void utf8BomCrlfQuotesAndSpacesAreAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = HEADER + "\r\n" + "\"56\",\"64\", 64 ,3,3,1,1,1,1,\"False\",1,\"0.5\"\r\n\r\n" + GOOD + "\r\n";
        DatasetLoadResult r = CsvTestSupport.read(CsvTestSupport.concat(bom, CsvTestSupport.utf8(text)));
        assertClean(r);
        assertEquals(2, r.dataset().size());
        assertEquals(GOOD_CONFIG, r.dataset().config(0));
        assertEquals(0.5, r.dataset().latency(0));
        assertEquals(4, r.dataset().sourceLine(1));
    }

    @Test
    void loneCarriageReturnsAndMissingFinalNewline() throws IOException {
        DatasetLoadResult r = CsvTestSupport.read(HEADER + "\r" + GOOD + "\r" + GOOD);
        assertClean(r);
        assertEquals(2, r.dataset().size());
        assertEquals(3, r.dataset().sourceLine(1));
    }

    @Test
    void biasLiteralsAndNumberFormsAreLenient() throws IOException {
        String text = HEADER + "\n"
                + "56,64.0,64,3,3,1,1,1,1,TRUE,1,5e-1\n"
                + "56,64,64,3,3,1,1,1,1,1,1,+0.5\n"
                + "56,64,64,3,3,1,1,1,1,0,1,.5\n"
                + "56,64,64,3,3,1,1,1,1,false,1,5.0E-1\n";
        DatasetLoadResult r = CsvTestSupport.read(text);
        assertClean(r);
        assertEquals(4, r.dataset().size());
        for (int i = 0; i < 4; i++) assertEquals(0.5, r.dataset().latency(i));
        assertEquals(List.of(true, true, false, false), List.of(r.dataset().config(0).bias(),
                r.dataset().config(1).bias(), r.dataset().config(2).bias(), r.dataset().config(3).bias()));
    }

    @Test
    void bufferBoundariesDoNotChangeTheResult() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER + ",note\r\n");
        for (int i = 1; i <= 200; i++) {
            sb.append("56,").append(i).append(",").append(2 * i).append(",3,3,1,1,1,1,False,1,")
                    .append(0.001 * i).append(",\"n, ").append(i).append(i % 7 == 0 ? "\r\nx\"\"y" : "").append("\"\r\n");
        }
        sb.append(GOOD).append(",\"unterminated");
        DatasetLoadResult whole = CsvTestSupport.read(sb.toString());
        DatasetLoadResult trickled = CsvTestSupport.readTrickling(sb.toString());
        assertEquals(200, whole.dataset().size());
        assertEquals(1, whole.totalProblems());
        assertEquals(whole.problems(), trickled.problems());
        assertEquals(whole.dataset().size(), trickled.dataset().size());
        for (int i = 0; i < 200; i++) {
            assertEquals(whole.dataset().config(i), trickled.dataset().config(i));
            assertEquals(whole.dataset().latency(i), trickled.dataset().latency(i));
            assertEquals(whole.dataset().extra(i, 0), trickled.dataset().extra(i, 0));
            assertEquals(whole.dataset().sourceLine(i), trickled.dataset().sourceLine(i));
        }
        assertEquals("n, 7\r\nx\"y", whole.dataset().extra(6, 0));
        assertEquals(0.001 * 7, whole.dataset().latency(6));
    }
}
