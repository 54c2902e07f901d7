package org.copydesk.application;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/**
 * A CDI {@link Event} for services built by hand in unit tests: {@code fire} hands the event to one listener at
 * once, as an {@code AFTER_SUCCESS} observer hears it when there is no transaction. Nothing else is supported.
 */
final class HeardEvents {

    private HeardEvents() {}

    @SuppressWarnings("unchecked")
    static <T> Event<T> to(Consumer<? super T> listener) {
        return (Event<T>) Proxy.newProxyInstance(
                HeardEvents.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        listener.accept((T) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException("Event." + method.getName());
                });
    }
}
