package io.evolp.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one configured Jackson mapper of the application (DESIGN §3). Unknown fields are not refused by
 * the mapper but by each format's {@link JsonShape} (which can name the closest known field);
 * duplicate fields are refused here.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // {"arch":"vgg16","arch":"resnet50"} must not silently mean resnet50 (issue 11).
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    /** The JSON library's version, for the About window. */
    public static String libraryVersion() {
        return com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
