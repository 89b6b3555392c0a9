package io.evolp.measure.agent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bearer-token check. Both sides are hashed before a {@link MessageDigest#isEqual} compare, so
 * the time taken depends neither on how many leading characters match nor on the token's length.
 */
final class TokenCheck {

    private final byte[] expected;

    /** @param token null: every request is accepted (a loopback-only agent) */
    TokenCheck(String token) {
        this.expected = token == null ? null : digest(token);
    }

    boolean accepts(String authorization) {
        if (expected == null) return true;
        String given = "";
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).trim();
        }
        return MessageDigest.isEqual(expected, digest(given));
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
