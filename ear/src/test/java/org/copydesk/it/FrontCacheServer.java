package org.copydesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of the test server, configured with the shipped {@code src/main/nginx/copydesk-cache.conf}
 * (the file docs/operations.md tells a newsroom to install) on the port the test server's
 * {@code copydesk.front-cache.urls} names ({@code it.front-cache.port}), with the refresh secret the test
 * server has. Started for a test class and stopped after it; its logs stay in {@code target/front-cache/}.
 */
public final class FrontCacheServer implements AutoCloseable {

    /** The refresh secret arquillian.xml gives the test server. */
    public static final String SECRET = "it-front-cache-refresh";

    private final Process process;
    private final Path dir;
    private final int port;

    private FrontCacheServer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("it.front-cache.port", "18180"));
    }

    /** Starts nginx (Debian's nginx-light or nginx) and waits until it answers. */
    public static FrontCacheServer start() {
        Path nginx = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(nginx)) {
            throw new AssertionError(
                    "The front-cache test needs nginx: apt-get install nginx-light " + "(.ci/run installs it)");
        }
        int port = port();
        URI upstream = ServerUrls.base();
        Path shipped = Path.of("src/main/nginx/copydesk-cache.conf").toAbsolutePath();
        try {
            Path dir = Path.of("target/front-cache/" + port).toAbsolutePath();
            deleteTree(dir);
            Files.createDirectories(dir.resolve("cache"));
            Files.createDirectories(dir.resolve("tmp"));
            String conf =
                    """
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log info;
                    events { worker_connections 256; }
                    http {
                        access_log %1$s/access.log;
                        client_body_temp_path %1$s/tmp/body;
                        proxy_temp_path %1$s/tmp/proxy;
                        fastcgi_temp_path %1$s/tmp/fastcgi;
                        uwsgi_temp_path %1$s/tmp/uwsgi;
                        scgi_temp_path %1$s/tmp/scgi;
                        upstream copydesk { server %2$s:%3$d; keepalive 8; }
                        proxy_cache_path %1$s/cache keys_zone=copydesk:8m;
                        map $http_x_copydesk_refresh $copydesk_refresh { default 0; "%4$s" 1; }
                        map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                        server {
                            listen 127.0.0.1:%5$d;
                            set $copydesk_host 127.0.0.1:%5$d;
                            set $copydesk_scheme http;
                            set $copydesk_port %5$d;
                            include %6$s;
                        }
                    }
                    """
                            .formatted(dir, upstream.getHost(), upstream.getPort(), SECRET, port, shipped);
            if ("root".equals(System.getProperty("user.name"))) {
                conf = "user root;\n" + conf; // the workers write the cache under target/
            }
            Path file = dir.resolve("nginx.conf");
            Files.writeString(file, conf, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(
                            nginx.toString(), "-p", dir.toString(), "-c", file.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("nginx.out").toFile())
                    .start();
            FrontCacheServer server = new FrontCacheServer(process, dir, port);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readers' address of the application through the cache ({@code http://127.0.0.1:port/copydesk/}). */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/copydesk/");
    }

    private void awaitListening() throws IOException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx stopped at once: " + Files.readString(dir.resolve("nginx.out"))
                        + Files.readString(dir.resolve("error.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen on " + port + " within 20 s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
