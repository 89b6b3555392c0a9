package io.evolp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code evolp plan}: N rows exactly, a seed for the residues, and a note when N cannot be met. */
class PlanCommandTest {

    @TempDir
    Path dir;

    private String plan(String model, int n, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"plan", "--model", model, "--samples", String.valueOf(n), "--out", dir.resolve("p.csv").toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        assertEquals(0, EvolpCli.run(new PrintWriter(out), new PrintWriter(err), all), err.toString());
        return out.toString();
    }

    private List<String> rows() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("p.csv"));
        return lines.subList(1, lines.size());
    }

    @Test
    void writesExactlyNRowsAndTheSeedMovesTheResidues() throws Exception {
        String out = plan("resnet50", 700);
        assertEquals(700, rows().size());
        assertFalse(out.contains("Note"), out);
        List<String> seed1 = rows();
        plan("resnet50", 700, "--seed", "9");
        assertEquals(700, rows().size());
        assertNotEquals(seed1, rows());
    }

    @Test
    void saysWhyWhenNCannotBeMet() throws Exception {
        String few = plan("vgg16", 3); // VGG16 has 9 distinct full-width shapes
        assertEquals(9, rows().size());
        assertTrue(few.contains("Note: vgg16 has 9 rows, not 3") && few.contains("full-width"), few);

        Path dw = dir.resolve("dw.json");
        Files.writeString(dw, "{\"name\":\"dw\",\"convs\":[{\"input_size\":14,\"cin\":16,\"cout\":16,\"k\":3,\"s\":1,\"p\":1,\"groups\":16}]}");
        String many = plan(dw.toString(), 100); // depthwise 16 offers widths 2..16 only
        assertEquals(15, rows().size());
        assertTrue(many.contains("has 15 rows, not 100") && many.contains("no more distinct"), many);
    }
}
