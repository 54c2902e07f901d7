package org.copydesk.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.SecureCookieCommitListener;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ExceptionHandler;
import io.undertow.servlet.api.LoggingExceptionHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.web.Problem;
import org.copydesk.web.reader.ReadFromMemory;
import org.jboss.logging.Logger;

/**
 * What every request meets first, before Jakarta Security, filters and servlets (an Undertow extension of
 * the web module, registered in {@code META-INF/services}):
 * <ul>
 * <li><b>Proxies.</b> From a {@link TrustedProxies trusted proxy}, the reader's address comes from
 * {@code X-Forwarded-For} and the scheme from {@code X-Forwarded-Proto}, so that limits counted per address
 * (readers' reports) count readers and a page served over HTTPS knows it. From anyone else both headers are
 * ignored.</li>
 * <li><b>TLS.</b> A request over HTTPS (directly or through a trusted proxy) gets {@code Secure} cookies and
 * {@code Strict-Transport-Security}.</li>
 * <li><b>Body sizes.</b> No request body is larger than {@link #MAX_BODY}: a declared larger one is answered
 * 413 problem+json before a byte of it is read, and one sent in chunks that grows past it is cut off and
 * answered the same way ({@link BodyCeiling}), on every address of the application (the API's own, smaller
 * limits are checked after this one). The server's listeners have no limit of their own ({@code max-post-size=0}), because
 * theirs answers a bare 400.</li>
 * </ul>
 */
public class FrontDoor implements ServletExtension {

    /** The largest request body Copydesk reads anywhere: above a 10 MiB picture with its form around it. */
    public static final long MAX_BODY = 25L * 1024 * 1024;

    static final String HSTS = "max-age=31536000";
    private static final Logger LOG = Logger.getLogger(FrontDoor.class);
    private static final HttpString STRICT_TRANSPORT_SECURITY = new HttpString("Strict-Transport-Security");

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        TrustedProxies proxies = TrustedProxies.configured();
        LOG.infof("Trusted proxies: %s", proxies);
        // inside this door (the later wrapper is the outer one): kept public pages, before security and servlets
        String contextPath = deploymentInfo.getContextPath();
        deploymentInfo.addInitialHandlerChainWrapper(next -> new ReadFromMemory(next, contextPath));
        deploymentInfo.addInitialHandlerChainWrapper(next -> new Handler(next, proxies));
        ExceptionHandler prior = deploymentInfo.getExceptionHandler();
        deploymentInfo.setExceptionHandler(new TooLarge(prior == null ? LoggingExceptionHandler.DEFAULT : prior));
    }

    /** The problem+json body of a 413 for a body over {@code limit} bytes. */
    static byte[] tooLargeProblem(long limit) {
        return Problem.bytes(
                413,
                "Request Entity Too Large",
                "The request body is larger than Copydesk takes " + "anywhere (at most " + limit / (1024 * 1024)
                        + " MiB).");
    }

    static final class Handler implements HttpHandler {
        private final HttpHandler next;
        private final TrustedProxies proxies;

        Handler(HttpHandler next, TrustedProxies proxies) {
            this.next = next;
            this.proxies = proxies;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (!proxies.isEmpty()) {
                forwarded(exchange);
            }
            if (exchange.isSecure()) {
                exchange.addResponseCommitListener(SecureCookieCommitListener.INSTANCE);
                exchange.getResponseHeaders().put(STRICT_TRANSPORT_SECURITY, HSTS);
            }
            if (exchange.getRequestContentLength() > MAX_BODY) {
                exchange.setStatusCode(413);
                exchange.setPersistent(false); // the rest of the body is not read
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
                exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(tooLargeProblem(MAX_BODY)));
                return;
            }
            if (exchange.isRequestChannelAvailable()) {
                // a chunked body that grows past it fails to read (see TooLarge)
                exchange.addRequestWrapper((factory, ex) -> new BodyCeiling(factory.create(), ex, MAX_BODY));
            }
            next.handleRequest(exchange);
        }

        private void forwarded(HttpServerExchange exchange) {
            InetSocketAddress source = exchange.getSourceAddress();
            InetAddress peer = source == null ? null : source.getAddress();
            if (!proxies.trusts(peer)) {
                return;
            }
            List<String> forwardedFor = new ArrayList<>();
            var values = exchange.getRequestHeaders().get(Headers.X_FORWARDED_FOR);
            if (values != null) {
                values.forEach(forwardedFor::add);
            }
            InetAddress client = proxies.client(peer, forwardedFor);
            if (!client.equals(peer)) {
                exchange.setSourceAddress(new InetSocketAddress(client, 0));
            }
            Optional<String> scheme =
                    proxies.scheme(peer, exchange.getRequestHeaders().getLast(Headers.X_FORWARDED_PROTO));
            scheme.ifPresent(s -> {
                exchange.setRequestScheme(s);
                String host = exchange.getHostName();
                int port = port(exchange.getRequestHeaders().getLast(Headers.X_FORWARDED_PORT), s);
                exchange.setDestinationAddress(InetSocketAddress.createUnresolved(host, port));
                String hostHeader = exchange.getRequestHeaders().getFirst(Headers.HOST);
                if (hostHeader != null
                        && !hostHeader.startsWith("[")
                        && hostHeader.indexOf(':') < 0
                        && port != (s.equals("https") ? 443 : 80)) {
                    exchange.getRequestHeaders().put(Headers.HOST, hostHeader + ":" + port);
                }
            });
        }

        /** The port the reader used: {@code X-Forwarded-Port} if it is one, else the scheme's own. */
        static int port(String forwardedPort, String scheme) {
            if (forwardedPort != null) {
                try {
                    int port = Integer.parseInt(forwardedPort.strip());
                    if (port > 0 && port < 65536) {
                        return port;
                    }
                } catch (NumberFormatException e) {
                    // the scheme's port
                }
            }
            return scheme.equals("https") ? 443 : 80;
        }
    }

    /**
     * A body that grew past {@link #MAX_BODY} while a servlet read it (a form parsed by Faces or by Jakarta
     * Security): 413 problem+json, not the stack trace and 500 the server would log and answer.
     */
    static final class TooLarge implements ExceptionHandler {
        private final ExceptionHandler next;

        TooLarge(ExceptionHandler next) {
            this.next = next;
        }

        @Override
        public boolean handleThrowable(
                HttpServerExchange exchange, ServletRequest request, ServletResponse response, Throwable throwable) {
            if (!causedByTooLarge(throwable) || exchange.isResponseStarted()) {
                return next.handleThrowable(exchange, request, response, throwable);
            }
            response.reset();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(413);
            http.setContentType("application/problem+json");
            http.setHeader("Connection", "close");
            byte[] body = tooLargeProblem(MAX_BODY);
            http.setContentLength(body.length);
            try (var out = http.getOutputStream()) {
                out.write(body); // closed: sent before the exchange ends, not replaced by the server's error page
            } catch (IOException | IllegalStateException e) {
                LOG.debugf("The 413 for a body past the limit could not be written: %s", e);
            }
            return true;
        }

        static boolean causedByTooLarge(Throwable throwable) {
            for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof RequestTooBigException) {
                    return true;
                }
            }
            return false;
        }
    }
}
