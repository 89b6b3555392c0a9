package io.evolp.core.zoo;

import io.evolp.core.LayerConfig;

import java.util.List;

/**
 * Shared plumbing of the built-in architectures: width validation and the recording pass that
 * derives names and full widths from the single structural description in {@link #build}.
 *
 * <p>Subclasses must be stateless: {@link #build} is called from this constructor.
 */
abstract class BaseArchitecture implements Architecture {

    private final String id;
    private final int inputSize;
    private final List<String> names;
    private final int[] fullWidths;

    BaseArchitecture(String id, int inputSize) {
        this.id = id;
        this.inputSize = inputSize;
        WidthCursor rec = WidthCursor.recording();
        build(rec, new ConvList());
        this.names = rec.names();
        this.fullWidths = rec.fullWidths();
    }

    /** Describes the model: asks {@code w} for each prunable width in order and adds every conv to {@code out}. */
    abstract void build(WidthCursor w, ConvList out);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int inputSize() {
        return inputSize;
    }

    @Override
    public final int[] fullWidths() {
        return fullWidths.clone();
    }

    @Override
    public final List<String> prunableNames() {
        return names;
    }

    @Override
    public final List<LayerConfig> convs(int[] widths) {
        validate(widths);
        WidthCursor cursor = WidthCursor.of(widths.clone());
        ConvList out = new ConvList();
        build(cursor, out);
        return out.list();
    }

    private void validate(int[] widths) {
        if (widths == null) {
            throw new IllegalArgumentException(id + ": widths must not be null");
        }
        if (widths.length != fullWidths.length) {
            throw new IllegalArgumentException(id + " expects " + fullWidths.length
                    + " widths (one per prunable layer), got " + widths.length);
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] <= 0) {
                throw new IllegalArgumentException(id + ": width of layer " + names.get(i) + " (index " + i
                        + ") must be > 0, got " + widths[i]);
            }
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
