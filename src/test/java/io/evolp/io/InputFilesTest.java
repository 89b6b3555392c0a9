package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.SafeText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounded reads, located non-UTF-8, escaped control characters and shape arithmetic that cannot wrap. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void anEndlessDeviceEndsAtTheLimit() {
        long t0 = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> InputFiles.readBytes(Path.of("/dev/zero"), 1 << 20, "model file"));
        assertTrue(e.getMessage().contains("larger than the 1 MB limit for a model file"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 5e9);
    }

    @Test
    void notUtf8IsLocated() throws Exception {
        Path f = Files.write(dir.resolve("x.json"), new byte[]{'{', '\n', ' ', ' ', (byte) 0xE9, '}'});
        InputProblem p = assertThrows(InvalidInputException.class, () -> InputFiles.readJson(f)).problems().get(0);
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertTrue(p.message().contains("not UTF-8") && p.message().contains("0xE9"), p.message());
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Path f = Files.write(dir.resolve("b.json"), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        assertEquals("{}", InputFiles.readJson(f));
    }

    @Test
    void controlCharactersBecomeVisible() {
        assertEquals("a\\e[2Jb\\x07\\u202E", SafeText.escape("a\u001b[2Jb\u0007\u202e"));
        assertEquals("plain ü", SafeText.escape("plain ü"));
    }

    @Test
    void hugeShapesAreRefusedWithTheUsersValueNotAWrappedOne() {
        String why = LayerConfig.problem(56, 64, 64, 3, 3, 1, 1, Integer.MAX_VALUE, 1, 1);
        assertEquals("padding must be at most 65536, found 2147483647", why);
        assertTrue(LayerConfig.problem(65536, 1_000_000, 1_000_000, 3, 3, 1, 1, 1, 1, 1).startsWith("layer too large"));
        assertNull(LayerConfig.problem(224, 3, 64, 3, 3, 1, 1, 1, 1, 1));
    }
}
