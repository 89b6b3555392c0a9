package io.evolp.io.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Minimal protobuf wire-format writer: just what ONNX needs (varint, length-delimited, fixed32/64,
 * packed floats). Hand-written so the project needs neither protobuf-java nor generated ONNX classes.
 *
 * <p>Nested messages are written by building them in their own writer and appending the bytes as a
 * length-delimited field ({@link #message}); ONNX graphs are small enough (a few hundred MB at the
 * very most) that the copy does not matter.
 */
public final class ProtoWriter {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LEN = 2;
    static final int FIXED32 = 5;

    private final ByteArrayOutputStream out;

    public ProtoWriter() {
        this(256);
    }

    public ProtoWriter(int initialCapacity) {
        out = new ByteArrayOutputStream(initialCapacity);
    }

    public ProtoWriter varint(int field, long value) {
        tag(field, VARINT);
        rawVarint(value);
        return this;
    }

    public ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    public ProtoWriter bytes(int field, byte[] value) {
        tag(field, LEN);
        rawVarint(value.length);
        out.write(value, 0, value.length);
        return this;
    }

    public ProtoWriter message(int field, ProtoWriter nested) {
        return bytes(field, nested.toByteArray());
    }

    public ProtoWriter fixed32(int field, int value) {
        tag(field, FIXED32);
        rawLittleEndian(value, 4);
        return this;
    }

    public ProtoWriter fixed64(int field, long value) {
        tag(field, FIXED64);
        rawLittleEndian(value, 8);
        return this;
    }

    public ProtoWriter floatField(int field, float value) {
        return fixed32(field, Float.floatToRawIntBits(value));
    }

    /** A packed repeated float field (one length-delimited run of little-endian floats). */
    public ProtoWriter packedFloats(int field, float[] values) {
        tag(field, LEN);
        rawVarint(4L * values.length);
        for (float v : values) rawLittleEndian(Float.floatToRawIntBits(v), 4);
        return this;
    }

    /** A packed repeated varint field. */
    public ProtoWriter packedVarints(int field, long[] values) {
        ProtoWriter body = new ProtoWriter(values.length * 2 + 2);
        for (long v : values) body.rawVarint(v);
        return bytes(field, body.toByteArray());
    }

    /** Appends bytes that are already encoded fields (a field copied by {@link ProtoReader#skipRaw}). */
    public ProtoWriter raw(byte[] encodedFields) {
        out.write(encodedFields, 0, encodedFields.length);
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    private void tag(int field, int wireType) {
        if (field <= 0) throw new IllegalArgumentException("field numbers start at 1, got " + field);
        rawVarint(((long) field << 3) | wireType);
    }

    /** Base-128 varint; negative numbers take the full ten bytes, as protobuf encodes int64. */
    void rawVarint(long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private void rawLittleEndian(long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }
}
