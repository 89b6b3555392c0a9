package io.evolp.evolve;

/** An uncertainty interval for a corrected whole-model latency, ms; {@code 0 ≤ low ≤ high}. */
public record Band(double low, double high) {

    public Band {
        if (!(low >= 0) || !(high >= low)) {
            throw new IllegalArgumentException("band needs 0 <= low <= high, was [" + low + ", " + high + "]");
        }
    }

    /** {@code center ± halfWidth}, the low end clamped at 0 (a latency cannot be negative). */
    static Band around(double center, double halfWidth) {
        return new Band(Math.max(0, center - halfWidth), center + halfWidth);
    }

    public double width() {
        return high - low;
    }

    public boolean contains(double ms) {
        return ms >= low && ms <= high;
    }
}
