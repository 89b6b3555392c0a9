package io.evolp.io.onnx;

/** Malformed protobuf bytes, with the absolute byte offset where reading failed. */
public final class ProtoException extends RuntimeException {

    private final long offset;

    public ProtoException(long offset, String message) {
        super("byte offset " + offset + ": " + message);
        this.offset = offset;
    }

    public long offset() {
        return offset;
    }
}
