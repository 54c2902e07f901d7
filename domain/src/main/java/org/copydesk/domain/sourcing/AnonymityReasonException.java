package org.copydesk.domain.sourcing;

/**
 * A claim would rest on an anonymous source without a reason why anonymity was granted (or with one too short
 * or too long to be a reason). A user error: the API answers 400 naming the {@code anonymityReason} field, the
 * sourcing screen shows the message next to the field "Why was anonymity granted?".
 */
public class AnonymityReasonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AnonymityReasonException(String message) {
        super(message);
    }
}
