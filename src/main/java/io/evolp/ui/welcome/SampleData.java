package io.evolp.ui.welcome;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code sample-data/} folder: in a source checkout it is at the top of the project; in an
 * installed app jpackage puts it next to the application jar ({@code <install>/lib/app/sample-data}
 * on Linux, {@code app\sample-data} on Windows, {@code Contents/app/sample-data} on macOS).
 */
public final class SampleData {

    /** The sample project the welcome screen and the classroom demo open. */
    public static final String PROJECT = "sample.evolp.json";
    /** Overrides the search (tests, unusual layouts). */
    public static final String PROPERTY = "evolp.samples.dir";

    private SampleData() {
    }

    /** The first candidate folder that holds the sample project. */
    public static Optional<Path> locate() {
        return candidates().stream().filter(d -> Files.isRegularFile(d.resolve(PROJECT))).findFirst();
    }

    /**
     * In order: {@code -Devolp.samples.dir}; next to the jar (installed app) and one level up
     * ({@code target/evolp.jar} in a checkout); two levels above {@code target/classes} (running
     * from the IDE or {@code mvn javafx:run}); the working directory.
     */
    static List<Path> candidates() {
        List<Path> c = new ArrayList<>();
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) c.add(Path.of(prop));
        codeLocation().ifPresent(loc -> {
            Path dir = Files.isDirectory(loc) ? loc : loc.getParent();
            for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) c.add(dir.resolve("sample-data"));
        });
        c.add(Path.of("sample-data").toAbsolutePath());
        return c;
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource cs = SampleData.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? Optional.empty() : Optional.of(Path.of(cs.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
