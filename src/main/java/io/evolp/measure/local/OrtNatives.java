package io.evolp.measure.local;

import ai.onnxruntime.OrtEnvironment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * A directory holding ONNX Runtime's native libraries, for {@code -Donnxruntime.native.path}.
 *
 * <p>Why: without that property every JVM that loads ORT copies ~29 MB of natives from the jar to a
 * fresh temp directory (DESIGN §7) — slow for each worker start, and left behind when a worker is
 * killed before ORT cleans up. Extracting once into a versioned directory that every worker shares
 * avoids both. When the parent JVM already has the property, that directory is used as given.
 */
public final class OrtNatives {

    public static final String PROPERTY = "onnxruntime.native.path";

    private OrtNatives() {
    }

    /** The native directory, extracting into the temp dir if needed; empty when that is not possible. */
    public static Optional<Path> prepare() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) return Optional.of(Path.of(given));
        String platform = platform();
        if (platform == null) return Optional.empty();
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                "evolp-onnxruntime-" + (version == null ? "bundled" : version) + "-" + platform + "-" + user);
        try {
            Files.createDirectories(dir);
            for (String lib : new String[]{"onnxruntime", "onnxruntime4j_jni"}) {
                if (!extract(platform, System.mapLibraryName(lib), dir)) return Optional.empty();
            }
            return Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the worker then extracts on its own, as ORT always does
        }
    }

    /** Copies one library unless an identical-size copy is there; temp file + move, so racing workers are safe. */
    private static boolean extract(String platform, String file, Path dir) throws IOException {
        URL url = OrtEnvironment.class.getResource("/ai/onnxruntime/native/" + platform + "/" + file);
        if (url == null) return false;
        long size = url.openConnection().getContentLengthLong();
        Path target = dir.resolve(file);
        if (size > 0 && Files.isRegularFile(target) && Files.size(target) == size) return true;
        Path tmp = Files.createTempFile(dir, file, ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return true;
    }

    /** ORT's resource folder name for this OS and CPU, or null when it ships none. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        if (a == null) return null;
        if (os.contains("linux")) return "linux-" + a;
        if (os.contains("mac") || os.contains("darwin")) return "osx-" + a;
        if (os.contains("win")) return "win-" + a;
        return null;
    }
}
