package org.copydesk.domain.user;

import java.security.SecureRandom;

/**
 * Passwords an administrator hands to a colleague (a new account, a reset): 16 random characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), in four groups of four so they can be read out — about 80 bits. The
 * colleague must replace it at first sign-in.
 */
public final class OneTimePasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    public static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
