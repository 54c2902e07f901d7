package org.copydesk.web.edge;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Counts the bytes of a request body as they are read and fails the read that takes them past the ceiling, with
 * a {@link RequestTooBigException} that {@link FrontDoor} answers with a 413. Unlike the server's own limit it
 * does not cut the connection first: the answer can still be written (the connection is closed after it).
 */
final class BodyCeiling extends AbstractStreamSourceConduit<StreamSourceConduit> {

    private final HttpServerExchange exchange;
    private final long ceiling;
    private long read;

    BodyCeiling(StreamSourceConduit next, HttpServerExchange exchange, long ceiling) {
        super(next);
        this.exchange = exchange;
        this.ceiling = ceiling;
    }

    private <T extends Number> T count(T bytes) throws IOException {
        long n = bytes.longValue();
        if (n > 0) {
            read += n;
            if (read > ceiling) {
                exchange.setPersistent(false); // the rest of the body is not read
                throw new RequestTooBigException("The request body is larger than " + ceiling + " bytes");
            }
        }
        return bytes;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return count(next.read(dst));
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
        return count(next.read(dsts, offs, len));
    }

    /** Into a file at a position (a multipart upload kept on disk): through {@link #read}, so it is counted. */
    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, 8192));
        long done = 0;
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            int n = read(buffer);
            if (n <= 0) {
                return done == 0 ? n : done;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                done += target.write(buffer, position + done);
            }
        }
        return done;
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return Conduits.transfer(this, count, throughBuffer, target);
    }
}
