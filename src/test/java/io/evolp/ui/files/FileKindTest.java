package io.evolp.ui.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a dropped file is taken for: by extension, then by its first JSON object's fields. */
class FileKindTest {

    private static final Path SAMPLES = Path.of("sample-data");

    @TempDir
    Path dir;

    private FileKind.Kind kindOf(String name, String text) throws IOException {
        return FileKind.of(Files.writeString(dir.resolve(name), text)).kind();
    }

    @Test
    void theShippedSamplesAreRecognised() {
        assertEquals(FileKind.Kind.DATASET, FileKind.of(SAMPLES.resolve("vgg16-simulated-tx2.csv")).kind());
        assertEquals(FileKind.Kind.PROJECT, FileKind.of(SAMPLES.resolve("sample.evolp.json")).kind());
        assertEquals(FileKind.Kind.MODEL, FileKind.of(SAMPLES.resolve("models/tiny-explicit.json")).kind());
        assertEquals(FileKind.Kind.REPLAY, FileKind.of(SAMPLES.resolve("models/mobilenetv1-random-simulated-nano.jsonl")).kind(),
                "several models, each with its measured latency: a replay source");
    }

    @Test
    void predictorsAndSessionsAreToldApartByTheirFields() throws IOException {
        assertEquals(FileKind.Kind.EVOLVING_PREDICTOR, kindOf("e.json", "{\"kind\": \"evolving\", \"format\": 1}"));
        assertEquals(FileKind.Kind.PREDICTOR, kindOf("p.json", "{\"kind\": \"evolp\", \"format\": 1}"));
        assertEquals(FileKind.Kind.SESSION, kindOf("s.json", "{\"settings\": {}, \"steps\": []}"));
        assertEquals(FileKind.Kind.DATASET, kindOf("UPPER.CSV", "not even read"), "by extension, any case");
    }

    @Test
    void anythingElseIsUnknownWithTheReason() throws IOException {
        FileKind text = FileKind.of(Files.writeString(dir.resolve("notes.txt"), "hello"));
        assertEquals(FileKind.Kind.UNKNOWN, text.kind());
        assertTrue(text.reason().contains(".csv"), text.reason());

        FileKind folder = FileKind.of(Files.createDirectory(dir.resolve("folder.json")));
        assertEquals("it is a folder", folder.reason());

        FileKind array = FileKind.of(Files.writeString(dir.resolve("a.json"), "[1, 2]"));
        assertEquals("it does not start with a JSON object", array.reason());

        FileKind other = FileKind.of(Files.writeString(dir.resolve("o.json"), "{\"name\": \"x\"}"));
        assertEquals(FileKind.Kind.UNKNOWN, other.kind());
        assertTrue(other.reason().contains("not a project, predictor, session or model file"), other.reason());

        FileKind missing = FileKind.of(dir.resolve("gone.json"));
        assertEquals(FileKind.Kind.UNKNOWN, missing.kind());
        assertTrue(missing.reason().contains("gone.json"), missing.reason());
    }

    @Test
    void aBrokenModelFileIsUnknownWithItsError() throws IOException {
        FileKind k = FileKind.of(Files.writeString(dir.resolve("m.json"), "{\"arch\": \"no-such-net\"}"));
        assertEquals(FileKind.Kind.UNKNOWN, k.kind());
        assertTrue(!k.reason().isBlank() && !k.reason().contains("Exception"), k.reason());
    }
}
