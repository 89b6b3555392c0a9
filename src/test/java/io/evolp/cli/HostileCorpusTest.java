package io.evolp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input regression corpus (issue 11): every case of {@code hostile/cases.tsv} runs the
 * command line in-process on a small file of {@code hostile/files/} (or a fixture mutated at test
 * time, or an endless device) and must end with its exit code, a message containing its fragment,
 * no stack trace, no raw control character on the terminal, and the command's inputs untouched.
 */
class HostileCorpusTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z]+)(?::([^}]*))?}");
    private static Path root;
    private static final Map<String, Path> FIXTURES = new TreeMap<>();
    private static final Map<String, byte[]> ORIGINALS = new TreeMap<>();

    @BeforeAll
    static void fixtures() throws IOException {
        // Small limits so /dev/zero and the generated big files are refused after a few MB.
        System.setProperty("evolp.max.json.mb", "8");
        root = Files.createTempDirectory("evolp-hostile");
        Path data = Files.copy(Path.of("sample-data/mobilenetv1-simulated-nano.csv"), root.resolve("data.csv"));
        Path meas = Files.copy(Path.of("sample-data/models/mobilenetv1-random-simulated-nano.jsonl"), root.resolve("measured.jsonl"));
        FIXTURES.put("DATA", data);
        FIXTURES.put("MEAS", meas);
        FIXTURES.put("LUT", root.resolve("lut.json"));
        FIXTURES.put("FLOPS", root.resolve("flops.json"));
        FIXTURES.put("EV", root.resolve("evolved.json"));
        cli("train", "--data", data.toString(), "--predictor", "lut", "--out", FIXTURES.get("LUT").toString());
        cli("train", "--data", data.toString(), "--predictor", "flops", "--out", FIXTURES.get("FLOPS").toString());
        cli("evolve", "--predictor", FIXTURES.get("LUT").toString(), "--measured", meas.toString(),
                "--out", FIXTURES.get("EV").toString());
        for (Map.Entry<String, Path> e : FIXTURES.entrySet()) ORIGINALS.put(e.getKey(), Files.readAllBytes(e.getValue()));
    }

    @AfterAll
    static void clearLimits() {
        System.clearProperty("evolp.max.json.mb");
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int code = EvolpCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        if (code != 0) throw new IllegalStateException("fixture failed: " + String.join(" ", args) + ": " + err);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                out.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
            }
        }
        return out.stream();
    }

    @Test
    void theCorpusIsLargeAndCoversEveryFamily() throws IOException {
        List<String> ids = cases().map(a -> (String) a.get()[0]).toList();
        assertTrue(ids.size() >= 120, "corpus size " + ids.size());
        assertEquals(ids.size(), ids.stream().distinct().count(), "case ids are unique");
        for (String family : List.of("model-", "data-", "validate-", "predictor-", "evolve-", "plan-", "simulate-",
                "usage-", "gammas-")) {
            assertTrue(ids.stream().filter(i -> i.startsWith(family)).count() >= 3, family);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputGetsAClearAnswer(String id, String argLine, int expectedCode, String stream, String fragment)
            throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        List<String> args = new ArrayList<>();
        for (String token : argLine.isBlank() ? new String[0] : argLine.split(" ")) args.add(expand(token, dir));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvolpCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String o = out.toString();
        String e = err.toString();
        String both = "\nstdout: " + o + "\nstderr: " + e;
        assertEquals(expectedCode, code, id + both);
        assertTrue((stream.equals("out") ? o : e).contains(fragment), id + ": '" + fragment + "' missing" + both);
        if (!id.startsWith("verbose")) {
            assertFalse(e.contains("\tat ") || e.contains("Exception"), id + ": stack trace or exception name" + both);
        }
        assertFalse((o + e).chars().anyMatch(c -> c == 0x1B || c == 0x07), id + ": raw control character" + both);
        assertFalse(e.contains("StreamReadFeature") || e.contains("Input length = "), id + ": library internals" + both);
        for (Map.Entry<String, Path> f : FIXTURES.entrySet()) {
            assertArrayEquals(ORIGINALS.get(f.getKey()), Files.readAllBytes(f.getValue()), id + " changed input " + f.getKey());
        }
    }

    /** Replaces the placeholders of one argument (see hostile/README.md). */
    private static String expand(String token, Path dir) throws IOException {
        Matcher m = PLACEHOLDER.matcher(token);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1), m.group(2), dir)));
        m.appendTail(sb);
        return sb.toString();
    }

    private static String value(String kind, String arg, Path dir) throws IOException {
        switch (kind) {
            case "F": {
                Path target = dir.resolve(arg);
                if (!Files.exists(target)) {
                    try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/files/" + arg)) {
                        if (in == null) throw new IllegalStateException("no corpus file " + arg);
                        Files.write(target, in.readAllBytes());
                    }
                }
                return target.toString();
            }
            case "OUT": return dir.resolve("out.json").toString();
            case "DIR": return dir.toString();
            case "ROOT": return root.toString();
            case "LINK": {
                Path link = dir.resolve("link-" + arg);
                if (!Files.exists(link)) Files.createSymbolicLink(link, FIXTURES.get("DATA"));
                return link.toString();
            }
            case "MUT": case "REN": return mutated(kind, arg, dir).toString();
            case "BIG": return big(arg, dir).toString();
            default:
                Path p = FIXTURES.get(kind);
                if (p == null) throw new IllegalStateException("unknown placeholder " + kind);
                return p.toString();
        }
    }

    /** {MUT:BASE:/pointer=json} sets a value; {REN:BASE:/pointer=newName} renames a field. */
    private static Path mutated(String kind, String arg, Path dir) throws IOException {
        String base = arg.substring(0, arg.indexOf(':'));
        String pointer = arg.substring(arg.indexOf(':') + 1, arg.indexOf('='));
        String value = arg.substring(arg.indexOf('=') + 1);
        JsonNode tree = Json.mapper().readTree(Files.readString(FIXTURES.get(base)));
        String parentPtr = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode parent = parentPtr.isEmpty() ? tree : tree.at(parentPtr);
        JsonNode v = kind.equals("REN") ? null : Json.mapper().readTree(value);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), v);
        } else if (kind.equals("REN")) {
            ObjectNode o = (ObjectNode) parent;
            o.set(value, o.remove(last));
        } else {
            ((ObjectNode) parent).set(last, v);
        }
        Path out = dir.resolve("mutated.json");
        Files.writeString(out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        return out;
    }

    /** Files over the (lowered) limits, generated rather than stored: 9 MB of JSON or one 9 MB CSV line. */
    private static Path big(String what, Path dir) throws IOException {
        Path f = dir.resolve("big." + (what.equals("json") ? "json" : "csv"));
        String filler = "a".repeat(9 << 20);
        Files.writeString(f, what.equals("json") ? "{\"arch\":\"vgg16\",\"pad\":\"" + filler + "\"}"
                : "input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,stride_1,stride_2,padding_1,"
                + "padding_2,bias,groups,latency\n" + filler + "\n");
        return f;
    }
}
