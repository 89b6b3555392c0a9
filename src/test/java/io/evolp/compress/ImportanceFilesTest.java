package io.evolp.compress;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.*;

class ImportanceFilesTest {

    @TempDir
    Path dir;

    private final ModelSpec vgg = Zoo.model("vgg16", null);

    /** γ of layer i, channel c: a pattern whose values are easy to check after reading. */
    private static double g(int i, int c) {
        return (i + 1) + c / 1000.0;
    }

    private String jsonGammas(ModelSpec m, int skipLayer, int shortLayer, String badLayerKey) {
        List<String> names = Zoo.get(m.arch()).prunableNames();
        StringJoiner layers = new StringJoiner(",\n  ");
        for (int i = 0; i < names.size(); i++) {
            if (i == skipLayer) continue;
            int n = m.widths().get(i) - (i == shortLayer ? 1 : 0);
            StringJoiner v = new StringJoiner(",");
            for (int c = 0; c < n; c++) v.add(Double.toString(i % 2 == 0 ? g(i, c) : -g(i, c)));
            String key = i % 3 == 0 ? Integer.toString(i) : names.get(i); // mix names and indices
            layers.add("\"" + key + "\": [" + v + "]");
        }
        if (badLayerKey != null) layers.add("\"" + badLayerKey + "\": [1, 2]");
        return "{\"arch\": \"" + m.arch() + "\",\n \"gammas\": {\n  " + layers + "}}\n";
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private InputProblem problemOf(Path file, ModelSpec base) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImportanceFiles.read(file, base));
        return e.problems().get(0);
    }

    @Test
    void readsJsonByNameAndIndexTakingAbsoluteValues() throws IOException {
        ChannelImportance imp = ImportanceFiles.read(write("g.json", jsonGammas(vgg, -1, -1, null)), vgg);
        assertFalse(imp.uniformMode());
        assertEquals("vgg16", imp.arch());
        assertEquals(13, imp.layers());
        assertEquals(64, imp.gammas(0).length);
        assertEquals(512, imp.gammas(12).length);
        assertEquals(g(1, 5), imp.gammas(1)[5], 0); // was negative in the file
        assertEquals(g(3, 0), imp.gammas(3)[0], 0); // given by index "3"
        assertTrue(imp.description().contains("g.json"), imp.description());
    }

    @Test
    void readsCsvInAnyRowOrderWithExtraColumns() throws IOException {
        List<String> names = Zoo.get("vgg16").prunableNames();
        StringBuilder sb = new StringBuilder("note,Gamma,channel,layer\n");
        for (int i = names.size() - 1; i >= 0; i--) {
            for (int c = vgg.widths().get(i) - 1; c >= 0; c--) {
                sb.append("x,").append(-g(i, c)).append(',').append(c).append(',')
                        .append(i % 2 == 0 ? names.get(i) : Integer.toString(i)).append('\n');
            }
            sb.append('\n');
        }
        ChannelImportance imp = ImportanceFiles.read(write("g.csv", sb.toString()), vgg);
        for (int i = 0; i < 13; i++) {
            double[] v = imp.gammas(i);
            assertEquals(vgg.widths().get(i), v.length);
            assertEquals(g(i, 7), v[7], 0);
        }
    }

    @Test
    void jsonUnknownLayerIsNamedWithItsLine() throws IOException {
        InputProblem p = problemOf(write("g.json", jsonGammas(vgg, -1, -1, "conv9_9")), vgg);
        assertTrue(p.message().contains("unknown layer 'conv9_9'"), p.message());
        assertTrue(p.message().contains("conv1_1"), "lists the known layers: " + p.message());
        assertEquals(16, p.line()); // 2 header lines + 13 layer lines, the bad key on the next
        assertTrue(p.describe().startsWith(dir.resolve("g.json") + ":16:"), p.describe());
    }

    @Test
    void jsonLengthDifferentFromWidthNamesLayerAndCounts() throws IOException {
        InputProblem p = problemOf(write("g.json", jsonGammas(vgg, -1, 4, null)), vgg);
        assertTrue(p.message().contains("conv3_1 (index 4) has 255 γ values but 256 channels"), p.message());
        assertEquals(7, p.line()); // layer 4 is on file line 3 + 4
    }

    @Test
    void lengthIsCheckedAgainstThePrunedModelNotTheFullOne() throws IOException {
        int[] w = Zoo.get("vgg16").fullWidths();
        w[2] = 100;
        ModelSpec pruned = Zoo.model("vgg16", w);
        InputProblem p = problemOf(write("g.json", jsonGammas(vgg, -1, -1, null)), pruned);
        assertTrue(p.message().contains("conv2_1 (index 2) has 128 γ values but 100 channels"), p.message());
        assertEquals(100, ImportanceFiles.read(write("p.json", jsonGammas(pruned, -1, -1, null)), pruned).gammas(2).length);
    }

    @Test
    void jsonMissingLayerIsNamed() throws IOException {
        InputProblem p = problemOf(write("g.json", jsonGammas(vgg, 7, -1, null)), vgg);
        assertTrue(p.message().contains("missing layer conv4_1 (index 7)"), p.message());
    }

    @Test
    void jsonNonNumbersAndNaNAreRejectedWithTheirPlace() throws IOException {
        String ok = jsonGammas(vgg, -1, -1, null);
        String bad = ok.replaceFirst("-2.001,", "\"x\",");
        InputProblem p = problemOf(write("g.json", bad), vgg);
        assertTrue(p.message().contains("conv1_2 (index 1) channel 1: γ must be a finite number"), p.message());
        assertEquals(4, p.line());
        assertEquals(20, p.column()); // the "x" itself: 2 blanks, "conv1_2": [-2.0,

        InputProblem nan = problemOf(write("n.json", ok.replaceFirst("2.001", "NaN")), vgg);
        assertTrue(nan.message().startsWith("invalid JSON"), nan.message());
        assertEquals(4, nan.line());
    }

    @Test
    void jsonOfAnotherArchitectureIsRefused() throws IOException {
        ModelSpec mobile = Zoo.model("mobilenetv1", null);
        InputProblem p = problemOf(write("g.json", jsonGammas(mobile, -1, -1, null)), vgg);
        assertTrue(p.message().contains("is for \"mobilenetv1\" but the model is vgg16"), p.message());
        assertEquals(1, p.line());
    }

    @Test
    void csvErrorsNameLayerLineAndColumn() throws IOException {
        String header = "layer,channel,gamma\n";
        InputProblem unknown = problemOf(write("a.csv", header + "conv1_1,0,0.5\nconv6_1,0,0.5\n"), vgg);
        assertEquals(3, unknown.line());
        assertEquals(1, unknown.column());
        assertTrue(unknown.message().contains("unknown layer 'conv6_1'"), unknown.message());

        InputProblem range = problemOf(write("b.csv", header + "conv1_1,64,0.5\n"), vgg);
        assertEquals(2, range.line());
        assertEquals(2, range.column());
        assertTrue(range.message().contains("conv1_1 (index 0) has 64 channels in the model (0–63), got channel 64"), range.message());

        InputProblem nan = problemOf(write("c.csv", header + "conv1_1,3,NaN\n"), vgg);
        assertEquals(3, nan.column());
        assertEquals("gamma", nan.columnName());
        assertTrue(nan.message().contains("conv1_1 (index 0) channel 3: γ must be a finite number, got 'NaN'"), nan.message());

        InputProblem twice = problemOf(write("d.csv", header + "0,3,1\nconv1_1,3,2\n"), vgg);
        assertEquals(3, twice.line());
        assertTrue(twice.message().contains("channel 3 is given twice"), twice.message());

        InputProblem noHeader = problemOf(write("e.csv", "conv1_1,0,0.5\n"), vgg);
        assertEquals(1, noHeader.line());
        assertTrue(noHeader.message().contains("layer,channel,gamma"), noHeader.message());
    }

    @Test
    void csvShortOrMissingLayersAreNamed() throws IOException {
        StringBuilder sb = new StringBuilder("layer,channel,gamma\n");
        for (int c = 0; c < 64; c++) if (c != 10) sb.append("conv1_1,").append(c).append(",1\n");
        InputProblem shortLayer = problemOf(write("s.csv", sb.toString()), vgg);
        assertTrue(shortLayer.message().contains("conv1_1 (index 0) has 63 γ values but 64 channels in the model (channel 10 is missing)"),
                shortLayer.message());
        assertEquals(2, shortLayer.line());

        sb = new StringBuilder("layer,channel,gamma\n");
        for (int c = 0; c < 64; c++) sb.append("conv1_1,").append(c).append(",1\n");
        InputProblem missing = problemOf(write("m.csv", sb.toString()), vgg);
        assertTrue(missing.message().contains("missing layer conv1_2 (index 1)"), missing.message());
    }

    @Test
    void explicitConvListsHaveNoGamma() throws IOException {
        ModelSpec explicit = ModelSpec.explicit("net", List.of(LayerConfig.of(32, 3, 16, 3, 1, 1, 1)));
        InputProblem p = problemOf(write("g.json", jsonGammas(vgg, -1, -1, null)), explicit);
        assertTrue(p.message().contains("explicit conv list") && p.message().contains("uniformly"), p.message());
        assertThrows(IllegalArgumentException.class, () -> ChannelImportance.random(explicit, 1));
    }

    @Test
    void gammasCarriedByAModelFileAreUsed() throws IOException {
        Path f = write("m.json", jsonGammas(vgg, -1, -1, null)); // a model file: arch + gammas
        ModelSpec m = ModelJson.readOne(f);
        ChannelImportance imp = ChannelImportance.fromModel(m, f.toString());
        assertEquals(g(2, 9), imp.gammas(2)[9], 0);
        assertNull(ChannelImportance.fromModel(vgg, "none"));
    }

    @Test
    void inMemoryMapsAreValidatedToo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ChannelImportance.of(vgg, Map.of("conv1_1", new double[64], "0", new double[64]), "mem"));
        assertTrue(e.getMessage().contains("given twice") || e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void demoGammaIsSeededAndLabelled() {
        ChannelImportance a = ChannelImportance.random(vgg, 7), b = ChannelImportance.random(vgg, 7), c = ChannelImportance.random(vgg, 8);
        assertTrue(a.description().contains("demo"), a.description());
        assertArrayEquals(a.gammas(5), b.gammas(5));
        assertFalse(java.util.Arrays.equals(a.gammas(5), c.gammas(5)));
        for (int i = 0; i < 13; i++) {
            assertEquals(vgg.widths().get(i), a.gammas(i).length);
            for (double v : a.gammas(i)) assertTrue(v >= 0);
        }
        assertTrue(ChannelImportance.uniform().uniformMode());
    }
}
