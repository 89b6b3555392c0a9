package io.evolp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The house rules on size that a reviewer would otherwise check by hand (issue 12): small classes
 * (no source file over 300 lines) and a test suite that keeps pace with the code (at least 0.45 test
 * files per main file). Runs from the project directory, where Maven runs tests.
 */
class SourceSizeTest {

    static final int MAX_LINES = 300;
    static final double MIN_TEST_RATIO = 0.45;

    @Test
    void noSourceFileIsLongerThanTheLimit() {
        List<String> tooLong = javaFiles(Path.of("src/main/java")).stream()
                .filter(p -> lines(p) > MAX_LINES)
                .map(p -> p + " (" + lines(p) + " lines)")
                .toList();
        assertEquals(List.of(), tooLong, "main source files over " + MAX_LINES + " lines");
    }

    @Test
    void testsKeepPaceWithMainCode() {
        int main = javaFiles(Path.of("src/main/java")).size();
        int tests = javaFiles(Path.of("src/test/java")).size();
        assertTrue(main > 0, "no main sources found from " + Path.of("").toAbsolutePath());
        assertTrue(tests >= MIN_TEST_RATIO * main,
                tests + " test files for " + main + " main files: below " + MIN_TEST_RATIO + "×");
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
