package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.copydesk.domain.correction.CorrectionRepository;

/**
 * What stands for a reader's network address where the hourly limit on reports needs one: an HMAC-SHA256 of
 * the address under a secret kept in the database (made at random the first time it is needed, the same
 * for every node of a cluster and across restarts). The address itself is never stored, and the key is
 * erased once the hour it counts for is over ({@link CorrectionRepository#forgetReaderKeys}).
 */
@ApplicationScoped
public class ReaderKeys {

    @Inject
    CorrectionRepository corrections;

    private volatile byte[] secret;

    public String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String proposal = Base64.getEncoder().encodeToString(fresh);
            String stored;
            try {
                stored = corrections.readerKeySecret(proposal);
            } catch (RuntimeException raced) {
                // another node (or thread) stored its secret at the same moment: read the one that won
                stored = corrections.readerKeySecret(proposal);
            }
            s = Base64.getDecoder().decode(stored);
            secret = s;
        }
        return s;
    }
}
