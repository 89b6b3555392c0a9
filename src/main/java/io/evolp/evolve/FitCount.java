package io.evolp.evolve;

import java.util.concurrent.atomic.LongAdder;

/**
 * Points processed by correction fits, summed. Why it exists: a test proves that loading a history
 * costs work linear in its length (a refit per entry made 16,000 entries take 11 s), and counting
 * work is reliable on a loaded machine where timing is not.
 */
final class FitCount {

    private static final LongAdder POINTS = new LongAdder();

    private FitCount() {
    }

    static void add(int points) {
        POINTS.add(points + 1L);
    }

    static long total() {
        return POINTS.sum();
    }
}
