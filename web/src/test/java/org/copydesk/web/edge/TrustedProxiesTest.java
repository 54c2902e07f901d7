package org.copydesk.web.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static InetAddress ip(String literal) {
        return TrustedProxies.literal(literal).orElseThrow();
    }

    private final TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8 ::1");

    @Test
    void nothingIsTrustedUnlessConfigured() {
        TrustedProxies none = TrustedProxies.parse("  ");
        assertTrue(none.isEmpty());
        assertEquals(ip("127.0.0.1"), none.client(ip("127.0.0.1"), List.of("203.0.113.9")));
        assertEquals(Optional.empty(), none.scheme(ip("127.0.0.1"), "https"));
    }

    @Test
    void aRequestStraightFromAReaderKeepsItsAddressWhateverItClaims() {
        assertEquals(ip("198.51.100.4"), proxies.client(ip("198.51.100.4"), List.of("203.0.113.9")));
        assertEquals(Optional.empty(), proxies.scheme(ip("198.51.100.4"), "https"));
    }

    @Test
    void theReaderIsTheFirstAddressFromTheRightThatIsNotAProxy() {
        // the reader wrote 1.2.3.4 themselves; nginx appended the address it saw, then an inner balancer its own
        List<String> chain = List.of("1.2.3.4, 203.0.113.9", "10.1.2.3");
        assertEquals(ip("203.0.113.9"), proxies.client(ip("127.0.0.1"), chain));
    }

    @Test
    void rangesAndIpv6AreMatchedByPrefix() {
        assertTrue(proxies.trusts(ip("10.255.0.1")));
        assertFalse(proxies.trusts(ip("11.0.0.1")));
        assertTrue(proxies.trusts(ip("::1")));
        assertFalse(proxies.trusts(ip("::2")));
        TrustedProxies v6 = TrustedProxies.parse("fd00::/8");
        assertTrue(v6.trusts(ip("fd12:3456::1")));
        assertFalse(v6.trusts(ip("fe80::1")));
        assertFalse(v6.trusts(ip("10.0.0.1")));
    }

    @Test
    void anAddressWithAPortOrInBracketsIsRead() {
        assertEquals(ip("203.0.113.9"), proxies.client(ip("127.0.0.1"), List.of("203.0.113.9:51234")));
        assertEquals(ip("2001:db8::7"), proxies.client(ip("127.0.0.1"), List.of("[2001:db8::7]:443")));
    }

    @Test
    void aNameOrGarbageEndsTheWalkWithoutALookup() {
        assertEquals(ip("203.0.113.9"), proxies.client(ip("127.0.0.1"), List.of("evil.example, 203.0.113.9")));
        assertEquals(ip("10.0.0.2"), proxies.client(ip("127.0.0.1"), List.of("unknown, 10.0.0.2")));
        assertEquals(Optional.empty(), TrustedProxies.literal("300.1.1.1"));
        assertEquals(Optional.empty(), TrustedProxies.literal("localhost"));
    }

    @Test
    void onlyProxiesAllTheWayLeavesTheLeftmost() {
        assertEquals(ip("10.0.0.5"), proxies.client(ip("127.0.0.1"), List.of("10.0.0.5, 10.0.0.6")));
    }

    @Test
    void theSchemeIsTheNearestProxysWordAndOnlyHttpOrHttps() {
        assertEquals(Optional.of("https"), proxies.scheme(ip("127.0.0.1"), "http, HTTPS"));
        assertEquals(Optional.empty(), proxies.scheme(ip("127.0.0.1"), "gopher"));
    }

    @Test
    void aSlipInTheListIsRefusedWithTheEntry() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("127.0.0.1, proxy.local"));
        assertTrue(e.getMessage().contains("proxy.local"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    }
}
