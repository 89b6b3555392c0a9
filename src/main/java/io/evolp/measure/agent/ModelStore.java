package io.evolp.measure.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Stores {@code bytes} under {@code sha} (tests and small callers; uploads stream through the other put). */
    boolean put(String sha, byte[] bytes) {
        try {
            return put(sha, new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams {@code body} to a part file beside the store, hashing on the way, so memory stays flat
     * however large the upload; the part file is removed whatever goes wrong (a wrong hash, a body over
     * the limit, a client that stops sending). The store stays usable during the upload: only the
     * final rename and the bookkeeping hold the lock.
     *
     * @return true when the model is new, false when it was already there
     * @throws RequestProblem 400 when the bytes do not hash to {@code sha}, 413 when the model exceeds the
     *                        store, 507 when the disk is full; whatever the body stream throws
     * @throws IOException    when the part file cannot be written
     */
    boolean put(String sha, InputStream body) throws IOException {
        if (size(sha) >= 0) return false; // already there: no need to read (or trust) the body
        Path tmp = Files.createTempFile(dir, "upload", ".part");
        boolean kept = false;
        try {
            MessageDigest md = digest();
            long n = 0;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                int r;
                while ((r = body.read(buf)) > 0) {
                    md.update(buf, 0, r);
                    n += r;
                    if (n > capBytes) throw new RequestProblem(413, "model of over " + capBytes + " bytes exceeds the agent's model store");
                    out.write(buf, 0, r);
                }
            } catch (IOException e) {
                throw new RequestProblem(507, "cannot store the model: " + e.getMessage());
            }
            String actual = HexFormat.of().formatHex(md.digest());
            if (!actual.equals(sha)) {
                throw RequestProblem.badField("sha256", "the body (" + n + " bytes) hashes to " + actual + ", not to the " + sha + " in the path");
            }
            synchronized (this) {
                if (sizes.get(sha) != null) return false;
                evictFor(n);
                Files.move(tmp, file(sha), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                kept = true;
                sizes.put(sha, n);
                total += n;
                return true;
            }
        } finally {
            if (!kept) Files.deleteIfExists(tmp);
        }
    }

    /** Part files of uploads in progress or refused (tests check none is left behind). */
    long partFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
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
