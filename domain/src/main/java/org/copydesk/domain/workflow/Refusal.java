package org.copydesk.domain.workflow;

import java.util.Objects;
import org.copydesk.domain.exception.NotPermittedException;

/**
 * Why an actor may not do something: the permission (or rule) that was missing and a sentence the user can
 * read. The API answers it as 403, the Faces pages show the sentence, the services throw it.
 */
public record Refusal(String rule, String message) {

    public Refusal {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
    }

    public NotPermittedException exception() {
        return new NotPermittedException(rule, message);
    }
}
