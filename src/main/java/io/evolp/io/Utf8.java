package io.evolp.io;

/**
 * Strict UTF-8 validation over a byte range. Hand-written rather than a CharsetDecoder so the reader
 * can say exactly which byte (and so which column) is wrong — a Latin-1 or UTF-16 file otherwise
 * turns into silently mangled device names or "non-numeric" noise.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Index of the first byte in {@code [from, to)} that breaks UTF-8, or -1 when the range is valid. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) lo = 0xA0;          // overlong
                else if (c == 0xED) hi = 0x9F;     // UTF-16 surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) lo = 0x90;          // overlong
                else if (c == 0xF4) hi = 0x8F;     // above U+10FFFF
            } else {
                return i;
            }
            // A sequence cut short by the end of the range reads -1 below and is rejected.
            int second = i + 1 < to ? b[i + 1] & 0xFF : -1;
            if (second < lo || second > hi) return i;
            for (int k = 2; k <= need; k++) {
                int cont = i + k < to ? b[i + k] & 0xFF : -1;
                if (cont < 0x80 || cont > 0xBF) return i;
            }
            i += need + 1;
        }
        return -1;
    }

    /** Short description of the byte at {@code index}, e.g. {@code 0xE9}. */
    static String hex(byte[] b, int index) {
        return String.format("0x%02X", b[index] & 0xFF);
    }
}
