package io.evolp.measure.campaign;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A line file that only grows, one whole line per write, each flushed to the OS at once (and forced
 * to the disk when asked): a process killed at any moment leaves at most one partial last line,
 * which {@link #open} cuts off. The file is locked while open, so two campaigns cannot interleave
 * their rows in one file.
 */
final class AppendOnlyFile implements AutoCloseable {

    private static final int BLOCK = 8192;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean force;
    private final long droppedBytes;

    private AppendOnlyFile(Path path, FileChannel channel, FileLock lock, boolean force, long droppedBytes) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.force = force;
        this.droppedBytes = droppedBytes;
    }

    /**
     * Opens (creating if needed) {@code path} for appending, after dropping a partial last line.
     *
     * @param force also force every line to the storage device (survives power loss, not only a kill)
     * @throws IOException when the file cannot be opened, or another campaign holds it
     */
    static AppendOnlyFile open(Path path, boolean force) throws IOException {
        Path abs = path.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        FileChannel ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) throw new IOException(path + " is being written by another campaign");
            long size = ch.size();
            long keep = endOfLastCompleteLine(ch, size);
            if (keep < size) {
                ch.truncate(keep);
                ch.force(true);
            }
            ch.position(keep);
            return new AppendOnlyFile(path, ch, lock, force, size - keep);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Length of the file up to and including its last newline (0 when it has none). */
    static long endOfLastCompleteLine(FileChannel ch, long size) throws IOException {
        long end = size;
        ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        while (end > 0) {
            long start = Math.max(0, end - BLOCK);
            buf.clear().limit((int) (end - start));
            int read = 0;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, start + read);
                if (n < 0) break;
                read += n;
            }
            for (int i = read - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') return start + i + 1;
            }
            end = start;
        }
        return 0;
    }

    Path path() {
        return path;
    }

    /** Bytes of a partial last line cut off on opening (0 when the file ended cleanly). */
    long droppedBytes() {
        return droppedBytes;
    }

    boolean isEmpty() throws IOException {
        return channel.size() == 0;
    }

    /** Appends {@code line} and a newline in one write, flushed (and forced when asked). */
    void appendLine(String line) throws IOException {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) throw new IllegalArgumentException("line breaks inside a line");
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) channel.write(b);
        if (force) channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) lock.release();
        } finally {
            channel.close();
        }
    }
}
