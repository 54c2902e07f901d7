package org.copydesk.web.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of a request body as they are read and, if asked, checks that they are well-formed
 * UTF-8 (no stray continuation bytes, no overlong forms, no surrogates, nothing above U+10FFFF, no
 * sequence cut off at the end). It also refuses the NUL character, as a byte or (in JSON) as the escape
 * {@code \u0000}: no text in Copydesk may hold it, and PostgreSQL cannot store it in a text column, so
 * it must be a 400 here rather than a failed insert later. Any failure stops the read with an
 * {@link IOException} and is remembered, so that the caller can answer precisely whatever the reader
 * made of the exception.
 */
final class GuardedInputStream extends FilterInputStream {

    enum Failure {
        TOO_LARGE,
        INVALID_UTF8,
        NUL
    }

    private final long limit;
    private final boolean utf8;
    private final boolean json;
    private final boolean binary;
    private long count;
    private Failure failure;
    private long failedAt;

    // UTF-8 state: continuation bytes still expected, and the allowed range of the next one
    private int pending;
    private int nextMin = 0x80;
    private int nextMax = 0xBF;

    // JSON escape state: the last byte was a backslash that escapes (an odd run), and how much of
    // "u0000" followed such a backslash so far
    private boolean escaping;
    private int nulEscape;

    GuardedInputStream(InputStream in, long limit, boolean utf8) {
        this(in, limit, utf8, false);
    }

    GuardedInputStream(InputStream in, long limit, boolean utf8, boolean json) {
        this(in, limit, utf8, json, false);
    }

    private GuardedInputStream(InputStream in, long limit, boolean utf8, boolean json, boolean binary) {
        super(in);
        this.limit = limit;
        this.utf8 = utf8;
        this.json = json;
        this.binary = binary;
    }

    /** A body of bytes that are not text (a picture, a Word document): only its size is checked, a zero byte is no NUL. */
    static GuardedInputStream binary(InputStream in, long limit) {
        return new GuardedInputStream(in, limit, false, false, true);
    }

    Failure failure() {
        return failure;
    }

    long failedAt() {
        return failedAt;
    }

    @Override
    public int read() throws IOException {
        failIfFailed();
        int b = super.read();
        if (b < 0) {
            endOfStream();
        } else {
            check(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failIfFailed();
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            endOfStream();
        } else {
            check(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void failIfFailed() throws IOException {
        if (failure != null) {
            throw new IOException(
                    switch (failure) {
                        case TOO_LARGE -> "request body too large";
                        case INVALID_UTF8 -> "invalid UTF-8";
                        case NUL -> "NUL character";
                    });
        }
    }

    private void fail(Failure why, long at) throws IOException {
        failure = why;
        failedAt = at;
        failIfFailed();
    }

    private void endOfStream() throws IOException {
        if (utf8 && pending > 0) {
            fail(Failure.INVALID_UTF8, count);
        }
    }

    private void check(byte[] buffer, int offset, int n) throws IOException {
        long start = count;
        count += n;
        if (count > limit) {
            fail(Failure.TOO_LARGE, limit);
        }
        if (binary) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int b = buffer[offset + i] & 0xFF;
            if (b == 0 || json && nul(b)) {
                fail(Failure.NUL, start + i);
            }
            if (!utf8) {
                continue;
            }
            if (pending > 0) {
                if (b < nextMin || b > nextMax) {
                    fail(Failure.INVALID_UTF8, start + i);
                }
                pending--;
                nextMin = 0x80;
                nextMax = 0xBF;
            } else if (b < 0x80) {
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                nextMin = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                nextMax = b == 0xED ? 0x9F : 0xBF; // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                nextMin = b == 0xF0 ? 0x90 : 0x80;
                nextMax = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
                fail(Failure.INVALID_UTF8, start + i);
            }
        }
    }

    /** Whether this byte completes a JSON {@code \u0000} whose backslash is not itself escaped. */
    private boolean nul(int b) {
        if (nulEscape > 0) {
            nulEscape = b == '0' ? nulEscape + 1 : 0;
            if (nulEscape == 5) {
                return true;
            }
        } else if (escaping && b == 'u') {
            nulEscape = 1;
        }
        escaping = b == '\\' && !escaping;
        return false;
    }
}
