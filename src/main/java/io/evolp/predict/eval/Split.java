package io.evolp.predict.eval;

/**
 * A train/test partition of dataset row indices (both sorted ascending). The arrays are shared,
 * not copied: treat them as read-only.
 */
public record Split(int[] train, int[] test) {
}
