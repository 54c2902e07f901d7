package org.copydesk.domain.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: {@code X-Copydesk-Signature: sha256=<hex HMAC-SHA256 of the body with the
 * webhook's secret>}. A receiver computes it over the exact bytes it received and compares in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Copydesk-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Whether a signature header is the right one for this body (in constant time). */
    public static boolean verify(String secret, byte[] body, String header) {
        return header != null
                && MessageDigest.isEqual(
                        sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                        header.getBytes(StandardCharsets.US_ASCII));
    }

    /** A new secret: 32 random bytes as hex. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
