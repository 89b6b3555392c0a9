package io.evolp.core.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands out prunable widths in the order an architecture's builder asks for them.
 *
 * <p>Why a cursor: each architecture describes its structure exactly once. Run with no widths
 * ("recording"), the cursor returns the full width and records the layer's name, which yields
 * {@link Architecture#prunableNames()} and {@link Architecture#fullWidths()}; run with widths, it
 * returns them in the same order. Names and structure therefore cannot drift apart.
 */
final class WidthCursor {

    private final int[] widths; // null while recording
    private final List<String> names = new ArrayList<>();
    private final List<Integer> fullWidths = new ArrayList<>();

    private WidthCursor(int[] widths) {
        this.widths = widths;
    }

    static WidthCursor recording() {
        return new WidthCursor(null);
    }

    static WidthCursor of(int[] widths) {
        return new WidthCursor(widths);
    }

    /** The width of the next prunable layer, called {@code name}, whose full width is {@code full}. */
    int next(String name, int full) {
        int i = names.size();
        names.add(name);
        fullWidths.add(full);
        if (widths == null) return full;
        if (i >= widths.length) {
            throw new IllegalStateException("architecture asked for more widths than it declared");
        }
        return widths[i];
    }

    int count() {
        return names.size();
    }

    List<String> names() {
        return List.copyOf(names);
    }

    int[] fullWidths() {
        return fullWidths.stream().mapToInt(Integer::intValue).toArray();
    }
}
