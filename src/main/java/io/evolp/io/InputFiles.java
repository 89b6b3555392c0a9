package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Bounded, strictly decoded reading of input files: the one way every reader gets at a file's
 * bytes. A file over its limit (or a device/pipe that never ends) is refused with a message naming
 * the limit; text that is not UTF-8 is refused naming the line and column of the first bad byte
 * (not the JDK's "Input length = 1").
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The whole file, at most {@code max} bytes. */
    public static byte[] readBytes(Path file, long max, String what) throws IOException {
        try (InputStream in = open(file, max, what)) {
            byte[] buf = new byte[(int) Math.min(Math.max(Files.isRegularFile(file) ? Files.size(file) + 1 : 8192, 16), 1 << 24)];
            int n = 0;
            while (true) {
                // Grow to at most max + 1: one byte past the limit is all the bounded stream needs to refuse.
                if (n == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(Math.min((long) buf.length * 2, max + 1), Integer.MAX_VALUE - 8));
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) return n == buf.length ? buf : Arrays.copyOf(buf, n);
                n += r;
            }
        }
    }

    /** A JSON (or JSON-lines) file as text: bounded by {@link InputLimits#maxJsonBytes}, strict UTF-8, BOM dropped. */
    public static String readJson(Path file) throws IOException {
        return readText(file, InputLimits.maxJsonBytes(), "JSON file");
    }

    /** The file as UTF-8 text (a BOM is dropped), at most {@code max} bytes. */
    public static String readText(Path file, long max, String what) throws IOException {
        byte[] b = readBytes(file, max, what);
        return decode(b, file.toString());
    }

    /** Strict UTF-8 decoding with a located refusal; a leading BOM is dropped. */
    public static String decode(byte[] b, String fileName) {
        int bad = Utf8.firstInvalid(b, 0, b.length);
        if (bad >= 0) {
            int line = 1, lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (b[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(b, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            String hint = b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                    || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) ? " (it looks like UTF-16)" : "";
            throw new InvalidInputException(new InputProblem(fileName, line, column, null,
                    "the file is not UTF-8 text" + hint + ": byte " + Utf8.hex(b, bad) + " cannot start or continue a"
                            + " character here (save the file as UTF-8)"));
        }
        int from = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(b, from, b.length - from, StandardCharsets.UTF_8);
    }

    /**
     * The file as a stream that fails with a located message once more than {@code max} bytes have been
     * read. Folders are refused here so every reader says the same thing.
     */
    public static InputStream open(Path file, long max, String what) throws IOException {
        if (Files.isDirectory(file)) throw new IOException(file + " is a folder, expected a file");
        return new Bounded(Files.newInputStream(file), max, file.toString(), what);
    }

    /** Thrown when an input exceeds its limit. */
    public static final class TooLargeException extends InvalidInputException {
        TooLargeException(String file, long max, String what) {
            super(new InputProblem(file, 0, 0, null, "larger than the " + InputLimits.describe(max) + " limit for a "
                    + what + " (an endless device or pipe, or not a " + what + "?)"));
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String file;
        private final String what;
        private long count;

        Bounded(InputStream in, long max, String file, String what) {
            super(in);
            this.max = max;
            this.file = file;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) add(1);
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) add(r);
            return r;
        }

        private void add(long n) {
            count += n;
            if (count > max) throw new TooLargeException(file, max, what);
        }
    }
}
