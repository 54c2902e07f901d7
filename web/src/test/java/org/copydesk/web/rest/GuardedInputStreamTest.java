package org.copydesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardedInputStreamTest {

    private static GuardedInputStream json(byte[] body) {
        return new GuardedInputStream(new ByteArrayInputStream(body), 1_000_000, true, true);
    }

    /** Reads it all in reads of {@code chunk} bytes, so that a sequence split between reads is tried too. */
    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"reason\":\"DRAFT\\u0000\"}",
                "{\"a\":\"\\u0000\"}",
                "{\"a\":\"x\\\\\\u0000\"}",
                "[\"\\u00001\"]"
            })
    void aJsonNulEscapeIsRefusedWhereverTheReadsSplitIt(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= bytes.length; chunk++) {
            GuardedInputStream in = json(bytes);
            int c = chunk;
            assertThrows(IOException.class, () -> readAll(in, c), body + " read " + c + " bytes at a time");
            assertEquals(GuardedInputStream.Failure.NUL, in.failure());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":\"\\\\u0000\"}",
                "{\"a\":\"\\u0041\\u00e9\"}",
                "{\"a\":\"u0000\"}",
                "{\"a\":\"\\\\\\\\u0000\"}",
                "{\"a\":\"\\u0001\"}"
            })
    void escapedBackslashesAndOtherEscapesPass(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= bytes.length; chunk++) {
            GuardedInputStream in = json(bytes);
            assertArrayEquals(bytes, readAll(in, chunk));
            assertNull(in.failure());
        }
    }

    @Test
    void aRawNulByteIsRefusedInAnyBody() {
        byte[] body = "Headline\nText with a \0 in it".getBytes(StandardCharsets.UTF_8);
        GuardedInputStream plain = new GuardedInputStream(new ByteArrayInputStream(body), 1_000_000, true);
        assertThrows(IOException.class, () -> readAll(plain, 7));
        assertEquals(GuardedInputStream.Failure.NUL, plain.failure());
        assertEquals(21, plain.failedAt()); // zero-based, as for invalid UTF-8
    }

    @Test
    void theJsonEscapeIsPlainTextInOtherBodies() throws IOException {
        byte[] body = "A headline\nThe escape \\u0000 as words".getBytes(StandardCharsets.UTF_8);
        GuardedInputStream plain = new GuardedInputStream(new ByteArrayInputStream(body), 1_000_000, true);
        assertArrayEquals(body, readAll(plain, 5));
        assertNull(plain.failure());
    }
}
