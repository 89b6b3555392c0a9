package io.evolp.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The command line's stdout and stderr: control characters other than line breaks and tabs are
 * written as visible escapes ({@code \e}, {@code \x07}). Model names, device names and cell text
 * come from files; an escape sequence in one of them used to reach the terminal raw and could
 * clear or rewrite it. JSON output is unaffected (JSON already escapes control characters).
 */
final class EscapingWriter extends FilterWriter {

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (safe((char) c)) out.write(c);
        else out.write(escape((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (!safe(buf[i])) {
                out.write(buf, start, i - start);
                out.write(escape(buf[i]));
                start = i + 1;
            }
        }
        out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }

    private static boolean safe(char c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !(c >= 0x202A && c <= 0x202E)
                && !(c >= 0x2066 && c <= 0x2069) || c == '\n' || c == '\r' || c == '\t';
    }

    private static String escape(char c) {
        return c == 0x1B ? "\\e" : c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
    }
}
