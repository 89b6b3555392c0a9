package io.evolp.io.onnx;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Minimal protobuf wire-format reader over a byte array. Positions are absolute offsets into the
 * file's bytes so that errors can name the byte where a file is corrupt or truncated; a nested
 * message is read by a child reader over the same array ({@link #nested()}).
 *
 * <p>Usage: {@code while (r.next()) switch (r.field()) { … default -> r.skip(); }}.
 */
public final class ProtoReader {

    private final byte[] data;
    private final int end;
    private int pos;
    private int field;
    private int wireType;
    private int fieldStart;

    public ProtoReader(byte[] data) {
        this(data, 0, data.length);
    }

    private ProtoReader(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /** Advances to the next field; false at the end of this message. */
    public boolean next() {
        if (pos >= end) return false;
        fieldStart = pos;
        long tag = rawVarint();
        field = (int) (tag >>> 3);
        wireType = (int) (tag & 7);
        if (field <= 0 || tag >>> 3 > Integer.MAX_VALUE) throw error(fieldStart, "invalid field number " + (tag >>> 3));
        if (wireType != ProtoWriter.VARINT && wireType != ProtoWriter.FIXED64
                && wireType != ProtoWriter.LEN && wireType != ProtoWriter.FIXED32) {
            throw error(fieldStart, "unsupported wire type " + wireType + " (field " + field + ")");
        }
        return true;
    }

    public int field() {
        return field;
    }

    public int wireType() {
        return wireType;
    }

    /** Offset of the current field's tag in the file. */
    public int fieldOffset() {
        return fieldStart;
    }

    public long varint() {
        expect(ProtoWriter.VARINT);
        return rawVarint();
    }

    public String string() {
        int[] span = lengthDelimited();
        return new String(data, span[0], span[1] - span[0], StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
        int[] span = lengthDelimited();
        byte[] copy = new byte[span[1] - span[0]];
        System.arraycopy(data, span[0], copy, 0, copy.length);
        return copy;
    }

    /** A reader for the embedded message in the current field. */
    public ProtoReader nested() {
        int[] span = lengthDelimited();
        return new ProtoReader(data, span[0], span[1]);
    }

    public float float32() {
        expect(ProtoWriter.FIXED32);
        return Float.intBitsToFloat((int) littleEndian(4));
    }

    /**
     * A repeated varint field's values, accepting both encodings a writer may use: one value per
     * field (proto2's default, which ONNX declares) or a packed run.
     */
    public void varints(LongConsumer sink) {
        if (wireType == ProtoWriter.VARINT) {
            sink.accept(rawVarint());
            return;
        }
        int[] span = lengthDelimited();
        int saved = pos;
        pos = span[0];
        while (pos < span[1]) sink.accept(rawVarint());
        if (pos != span[1]) throw error(span[0], "packed varints run past their length");
        pos = saved;
    }

    /** A repeated float field, packed or one per field. */
    public void floats(FloatSink sink) {
        if (wireType == ProtoWriter.FIXED32) {
            sink.accept(float32());
            return;
        }
        int[] span = lengthDelimited();
        if ((span[1] - span[0]) % 4 != 0) throw error(span[0], "packed floats length is not a multiple of 4");
        for (int p = span[0]; p < span[1]; p += 4) {
            sink.accept(Float.intBitsToFloat(readIntLE(data, p)));
        }
    }

    public void skip() {
        switch (wireType) {
            case ProtoWriter.VARINT -> rawVarint();
            case ProtoWriter.FIXED64 -> advance(8);
            case ProtoWriter.FIXED32 -> advance(4);
            case ProtoWriter.LEN -> lengthDelimited();
            default -> throw error(fieldStart, "cannot skip wire type " + wireType);
        }
    }

    /** Skips the current field and returns all its bytes, tag included, for copying it unchanged. */
    public byte[] skipRaw() {
        skip();
        byte[] copy = new byte[pos - fieldStart];
        System.arraycopy(data, fieldStart, copy, 0, copy.length);
        return copy;
    }

    static int readIntLE(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    /** [start, end) of the payload of a length-delimited field, with the reader moved past it. */
    private int[] lengthDelimited() {
        expect(ProtoWriter.LEN);
        int lengthAt = pos;
        long length = rawVarint();
        if (length < 0 || length > end - pos) {
            throw error(lengthAt, "field " + field + " claims " + length + " bytes but only " + (end - pos)
                    + " remain (truncated or corrupt)");
        }
        int start = pos;
        pos += (int) length;
        return new int[]{start, pos};
    }

    private long rawVarint() {
        int start = pos;
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) throw error(start, "truncated varint");
            byte b = data[pos++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw error(start, "varint longer than 10 bytes");
    }

    private long littleEndian(int n) {
        int start = pos;
        advance(n);
        long v = 0;
        for (int i = 0; i < n; i++) v |= (long) (data[start + i] & 0xFF) << (8 * i);
        return v;
    }

    private void advance(int n) {
        if (end - pos < n) throw error(pos, "truncated: needs " + n + " bytes, " + (end - pos) + " remain");
        pos += n;
    }

    private void expect(int wanted) {
        if (wireType != wanted) {
            throw error(fieldStart, "field " + field + " has wire type " + wireType + ", expected " + wanted);
        }
    }

    private static ProtoException error(int offset, String message) {
        return new ProtoException(offset, message);
    }

    /** Receives floats without boxing. */
    @FunctionalInterface
    public interface FloatSink {
        void accept(float value);
    }
}
