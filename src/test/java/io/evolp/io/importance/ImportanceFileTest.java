package io.evolp.io.importance;

import io.evolp.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The γ file DTO is bound loosely (the importance reader words type problems itself) but strictly named. */
class ImportanceFileTest {

    @Test
    void bindsArchAndGammasAsPlainValues() {
        ImportanceFile f = ImportanceFile.parse("{\"arch\": \"vgg16\", \"gammas\": {\"conv1_1\": [0.5, 1]}}", "g.json", x -> x);
        assertEquals("vgg16", f.arch());
        assertEquals(Map.of("conv1_1", List.of(0.5, 1)), f.gammas());
    }

    @Test
    void misspelledFieldIsRefusedWithItsPosition() {
        var p = assertThrows(InvalidInputException.class,
                () -> ImportanceFile.parse("{\n\"gamas\": {}}", "g.json", x -> x)).problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("did you mean 'gammas'"), p.message());
    }

    @Test
    void truncatedFileIsLocated() {
        var p = assertThrows(InvalidInputException.class,
                () -> ImportanceFile.parse("{\"gammas\": {\n \"conv1_1\": [0.5,", "g.json", x -> x)).problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("invalid JSON"), p.message());
    }
}
