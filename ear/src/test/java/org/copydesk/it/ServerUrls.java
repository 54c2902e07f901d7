package org.copydesk.it;

import java.net.URI;

/** Where the test server answers (port offset from the build, HTTP 8080 + offset). */
public final class ServerUrls {

    private ServerUrls() {}

    public static URI base() {
        int offset = Integer.parseInt(System.getProperty("it.port.offset", "100"));
        return URI.create("http://127.0.0.1:" + (8080 + offset) + "/copydesk/");
    }

    public static URI api(String path) {
        return base().resolve("api/" + path);
    }
}
