package nl.bondgenoot.diagram.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** A random secret generated at server start; every request must carry it. */
public final class AccessToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    public static AccessToken generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String value() {
        return value;
    }

    /** Constant-time comparison, so the token cannot be guessed by timing. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
