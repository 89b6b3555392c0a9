package io.evolp.compress;

import io.evolp.io.evolve.EvolvingFile;

import java.util.List;

/**
 * A compression session as stored in a file: what was asked, every step, and how it ended. A plain
 * value (no predictor, no device), so a saved session can be replayed or shown without either.
 *
 * @param predictor the evolving predictor's file form when the writer embedded one (see
 *                  {@link SessionJson#write(CompressionSession, EvolvingFile)}), else null
 */
public record SessionRecord(SessionSettings settings, List<SessionStep> steps, boolean finished, String reason,
                            SessionResult result, EvolvingFile predictor) {

    public SessionRecord {
        steps = List.copyOf(steps);
    }
}
