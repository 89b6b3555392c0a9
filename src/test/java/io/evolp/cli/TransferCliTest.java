package io.evolp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --base}, {@code validate --learning-curve} and {@code plan --active} end to end on small files. */
class TransferCliTest {

    @TempDir
    Path dir;

    private Path csv(String name, String device, double factor, int rows, long seed) throws Exception {
        StringBuilder sb = new StringBuilder("input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,stride_1,stride_2,"
                + "padding_1,padding_2,bias,groups,latency,device\n");
        Random rnd = new Random(seed);
        for (int i = 0; i < rows; i++) {
            int s = new int[]{28, 14, 7}[i % 3], cin = 16 + rnd.nextInt(200), cout = 16 + rnd.nextInt(200);
            double lat = factor * (3e-9 * s * s * cin * cout * 9 + 0.01) * (1 + 0.02 * rnd.nextGaussian());
            sb.append(s).append(',').append(cin).append(',').append(cout).append(",3,3,1,1,1,1,False,1,").append(lat)
                    .append(',').append(device).append('\n');
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb.toString());
        return p;
    }

    private String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, EvolpCli.run(new PrintWriter(out), new PrintWriter(err), args), err.toString());
        return out.toString();
    }

    @Test
    void trainsATransferFromADatasetAndNamesTheSource() throws Exception {
        Path src = csv("src.csv", "boardA", 1, 120, 1), tgt = csv("tgt.csv", "boardB", 2.5, 30, 2);
        Path out = dir.resolve("t.json");
        String o = run("train", "--data", tgt.toString(), "--base", src.toString(), "--predictor", "auto", "--out", out.toString());
        assertTrue(o.contains("transfer from src.csv") && o.contains("'boardA'") && o.contains("to 'boardB'"), o);
        assertTrue(Files.readString(out).contains("\"kind\" : \"transfer\"") || Files.readString(out).contains("\"kind\":\"transfer\""));
        String p = run("plan", "--model", "vgg16", "--samples", "12", "--active", "--predictor", out.toString(),
                "--out", dir.resolve("plan.csv").toString());
        assertTrue(p.contains("12 actively chosen plan rows"), p);
        assertEquals(13, Files.readAllLines(dir.resolve("plan.csv")).size());
    }

    @Test
    void learningCurveAsTableAndJson() throws Exception {
        Path src = csv("src.csv", "boardA", 1, 120, 1), tgt = csv("tgt.csv", "boardB", 2.5, 90, 2);
        String t = run("validate", "--data", tgt.toString(), "--predictor", "gbt,transfer", "--learning-curve", "10,all",
                "--seeds", "2", "--base", src.toString());
        assertTrue(t.contains("learning curve on 'boardB'") && t.contains("transfer") && t.contains("±10% med"), t);
        String j = run("validate", "--data", tgt.toString(), "--predictor", "gbt", "--learning-curve", "10", "--seeds", "2", "--json");
        assertTrue(j.startsWith("{") && j.contains("\"acc10_runs\""), j);
        StringWriter err = new StringWriter();
        assertEquals(1, EvolpCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate", "--data", tgt.toString(),
                "--predictor", "gbt", "--learning-curve", "ten"));
        assertTrue(err.toString().contains("--learning-curve takes positive row counts"), err.toString());
    }
}
