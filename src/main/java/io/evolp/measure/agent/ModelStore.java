package io.evolp.measure.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Uploaded ONNX models, named by the SHA-256 of their bytes, in a temp directory of the agent's own
 * (on disk, not in the heap: a full-width VGG16 is ~500 MB and a board has little memory). The total
 * is capped; past the cap the least recently used models are dropped — a client that finds its model
 * gone simply uploads it again, as it checks before every measurement.
 */
final class ModelStore implements AutoCloseable {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final long capBytes;
    private final Map<String, Long> sizes = new LinkedHashMap<>(16, 0.75f, true); // access order = LRU
    private long total;

    ModelStore(long capBytes) throws IOException {
        this.capBytes = capBytes;
        this.dir = Files.createTempDirectory("evolp-agent-models");
    }

    static boolean isSha256(String s) {
        return s != null && SHA256.matcher(s).matches();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Stores {@code bytes} under {@code sha}.
     *
     * @return true when the model is new, false when it was already there
     * @throws RequestProblem 400 when the bytes do not hash to {@code sha}, 413 when one model exceeds the cap
     */
    synchronized boolean put(String sha, byte[] bytes) {
        String actual = sha256(bytes);
        if (!actual.equals(sha)) {
            throw RequestProblem.badField("sha256", "the body hashes to " + actual + ", not to the " + sha + " in the path");
        }
        if (sizes.containsKey(sha)) return false;
        if (bytes.length > capBytes) throw new RequestProblem(413, "model of " + bytes.length + " bytes exceeds the store's " + capBytes + " bytes");
        evictFor(bytes.length);
        try {
            Path tmp = Files.createTempFile(dir, "upload", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, file(sha), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the model: " + e.getMessage(), e);
        }
        sizes.put(sha, (long) bytes.length);
        total += bytes.length;
        return true;
    }

    /** The model's bytes, or null when the agent does not have it. */
    synchronized byte[] get(String sha) {
        if (sizes.get(sha) == null) return null;
        try {
            return Files.readAllBytes(file(sha));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored model: " + e.getMessage(), e);
        }
    }

    /** Size in bytes, or -1 when absent. */
    synchronized long size(String sha) {
        Long s = sizes.get(sha);
        return s == null ? -1 : s;
    }

    synchronized int count() {
        return sizes.size();
    }

    synchronized long totalBytes() {
        return total;
    }

    private void evictFor(long incoming) {
        Iterator<Map.Entry<String, Long>> it = sizes.entrySet().iterator();
        while (total + incoming > capBytes && it.hasNext()) {
            Map.Entry<String, Long> e = it.next();
            try {
                Files.deleteIfExists(file(e.getKey()));
            } catch (IOException ignored) {
                // the file stays behind in the temp dir; the index forgets it either way
            }
            total -= e.getValue();
            it.remove();
        }
    }

    private Path file(String sha) {
        return dir.resolve(sha + ".onnx");
    }

    @Override
    public synchronized void close() {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
        sizes.clear();
        total = 0;
    }
}
