package io.evolp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.evolp.cli.CliEndToEndTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccuracyCommandTest {

    @TempDir
    static Path dir;

    /** A small hand-made layer dataset: two keys, channel counts on and off the multiples of 4. */
    static Path dataset(Path dir, String name, double scale) throws Exception {
        StringBuilder sb = new StringBuilder("input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,"
                + "stride_1,stride_2,padding_1,padding_2,bias,groups,latency,device\n");
        int i = 0;
        for (int in : new int[]{7, 14}) {
            for (int cin : new int[]{3, 4, 6, 8, 12, 16, 24, 32}) {
                double ms = scale * in * in * cin * 16 * 1e-5 * (1 + 0.07 * ((i++ % 3) - 1));
                sb.append(in).append(',').append(cin).append(",16,1,1,1,1,0,0,False,1,").append(ms).append(",dev\n");
            }
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb.toString());
        return p;
    }

    static Path a, b;

    @BeforeAll
    static void data() throws Exception {
        a = dataset(dir, "neta-dev.csv", 1.0);
        b = dataset(dir, "netb-dev.csv", 1.5);
    }

    @Test
    void printsTheMatrixAndEachCellIsWhatValidateSays() throws Exception {
        CliEndToEndTest.Run r = run("accuracy", "--data", a.toString(), "--data", b.toString(),
                "--predictor", "flops,lut", "--folds", "4", "--csv", dir.resolve("m.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4-fold cross-validation of each file, seed 1"), r.out());
        assertTrue(r.out().contains("flops mape") && r.out().contains("lut acc10"), r.out());
        for (String arch : List.of("neta", "netb", "all")) assertTrue(r.out().contains(arch), r.out());
        List<String> csv = Files.readAllLines(dir.resolve("m.csv"));
        assertEquals("kind,device,architecture,n,mape,acc5,acc10,worst", csv.get(0));
        assertEquals(1 + 2 * 3, csv.size(), csv.toString());

        CliEndToEndTest.Run json = run("accuracy", "--data", a.toString(), "--data", b.toString(),
                "--predictor", "flops,lut", "--folds", "4", "--json");
        List<String> lines = json.out().lines().toList();
        assertEquals(6, lines.size(), json.out());
        JsonNode lutA = Json.mapper().readTree(lines.get(3));
        assertEquals("lut", lutA.get("kind").asText());
        assertEquals("neta", lutA.get("architecture").asText());
        assertEquals(16, lutA.get("n").asInt());
        JsonNode pooled = Json.mapper().readTree(lines.get(5));
        assertEquals("all", pooled.get("architecture").asText());
        assertEquals(32, pooled.get("n").asInt());

        CliEndToEndTest.Run v = run("validate", "--data", a.toString(), "--predictor", "lut", "--folds", "4", "--json");
        assertEquals(Json.mapper().readTree(v.out().lines().findFirst().orElseThrow()).get("mape").asDouble(),
                lutA.get("mape").asDouble(), 1e-9);
    }

    @Test
    void refusesTooFewRowsForTheFoldsNamingTheFile() throws Exception {
        Path tiny = dir.resolve("tiny-dev.csv");
        Files.writeString(tiny, String.join("\n", Files.readAllLines(a).subList(0, 3)) + "\n");
        CliEndToEndTest.Run r = run("accuracy", "--data", a.toString(), "--data", tiny.toString(), "--predictor", "lut");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("tiny-dev.csv") && r.err().contains("cannot be split into 5 folds"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void refusesUnknownKindsAndTooFewFolds() {
        CliEndToEndTest.Run r = run("accuracy", "--data", a.toString(), "--predictor", "lut,magic");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unknown predictor 'magic'"), r.err());
        assertEquals(1, run("accuracy", "--data", a.toString(), "--predictor", "lut", "--folds", "1").code());
    }
}
