package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.sourcing.SourceRepository;
import org.junit.jupiter.api.Test;

class RegistryNamesTest {

    private final List<String> registry = new ArrayList<>(List.of("Riverside Traders Association"));
    private final List<Integer> reads = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-06T09:00:00Z");

    private RegistryNames names() {
        RegistryNames names = new RegistryNames();
        names.sources = (SourceRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SourceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registryNames")) {
                        reads.add((Integer) args[0]);
                        return List.copyOf(registry);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        names.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return names;
    }

    @Test
    void theRegistryIsReadOnceAMinuteAndAgainAfterAChangeHere() {
        RegistryNames names = names();
        assertEquals(List.of("Riverside Traders Association"), names.names());
        registry.add("Harbour Pilots Guild");
        now = now.plusSeconds(30);
        assertEquals(List.of("Riverside Traders Association"), names.names(), "read half a minute ago");
        names.onChange(new RegistryChanged());
        assertEquals(List.of("Riverside Traders Association", "Harbour Pilots Guild"), names.names());
        registry.add("Eastside Growers");
        now = now.plus(RegistryNames.MAX_AGE).plusSeconds(1);
        assertEquals(3, names.names().size(), "a change made on another node arrives within a minute");
        assertEquals(List.of(RegistryNames.LIMIT, RegistryNames.LIMIT, RegistryNames.LIMIT), reads);
    }
}
