package io.evolp.io.project;

import io.evolp.io.RawJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file's shape as the workbench has always written it; atomic save. */
class ProjectFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void typeAndFormatComeFirstAndEmbeddedJsonIsWrittenAsIs() throws Exception {
        var contents = new ProjectFile.Contents(Map.of("k", "v"), List.of("simulated:tx2"),
                List.of(new ProjectFile.Model("m", null, new RawJson("{\"arch\":\"vgg16\"}"))), List.of(),
                List.of(new ProjectFile.Predictor("p", null, 0.2, 3, new RawJson("{\"kind\":\"lut\"}"), null, null)), List.of());
        String text = ProjectFileWriter.toText(contents);
        assertEquals("{\"type\":\"evolp-project\",\"format\":1,\"view_settings\":{\"k\":\"v\"},\"sources\":[\"simulated:tx2\"],"
                + "\"models\":[{\"name\":\"m\",\"model\":{\"arch\":\"vgg16\"}}],\"sessions\":[],"
                + "\"predictors\":[{\"name\":\"p\",\"test_fraction\":0.2,\"seed\":3,\"predictor\":{\"kind\":\"lut\"}}],"
                + "\"datasets\":[]}", text);
        Path f = dir.resolve("p.evolp.json");
        ProjectFileWriter.save(contents, f);
        assertEquals(text, Files.readString(f));
        assertEquals(List.of("p.evolp.json"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no temp file left");
    }

    @Test
    void plainMapsBecomeOneLineOfJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1, 2));
        m.put("b", null);
        assertEquals("{\"a\":[1,2],\"b\":null}", ProjectFileWriter.json(m));
    }

    @Test
    void rawJsonMustBeAnObjectWhenRead() {
        ProjectFileRead r = ProjectFileReader.read("{\"type\":\"evolp-project\",\"models\":[{\"name\":\"m\",\"model\":[1]}]}",
                "f", null);
        assertEquals(List.of(), r.models());
        assertTrue(r.problems().get(0).message().contains("expected a JSON object"), r.problems().toString());
    }
}
