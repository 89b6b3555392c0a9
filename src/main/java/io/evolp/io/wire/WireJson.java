package io.evolp.io.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;

/**
 * Data binding for the measurement wire and file formats (agent protocol, worker protocol, campaign
 * sidecars): DTO records to one line of JSON and back, with the application's one mapper.
 *
 * <p>Why a small facade: the DTOs live in {@code io} so that the measurement packages never touch
 * Jackson; they call these methods with records and get records back.
 */
public final class WireJson {

    private WireJson() {
    }

    /** One DTO as compact JSON (one line: the worker protocol and JSONL files depend on it). */
    public static String write(Object dto) {
        try {
            return Json.mapper().writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + dto.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Lenient reading for answers from our own peers (unknown fields ignored, so a newer peer's extra
     * fields do not break an older reader).
     *
     * @return the value, or null when {@code text} is not JSON of that shape
     */
    public static <T> T readOrNull(String text, Class<T> type) {
        try {
            return Json.mapper().readValue(text, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Binds an already checked tree to its DTO. */
    static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(io.evolp.io.JsonErrors.describe(e), e);
        }
    }
}
