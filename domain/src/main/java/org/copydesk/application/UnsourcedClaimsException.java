package org.copydesk.application;

import java.util.List;
import org.copydesk.domain.exception.TransitionRefusedException;

/**
 * A change refused because it would put claims that are not sourced in front of readers, or in a story ready
 * to publish: each claim is listed. Answered as 409 like a refused move; nothing of the change is kept.
 */
public class UnsourcedClaimsException extends TransitionRefusedException {

    private static final long serialVersionUID = 1L;

    public UnsourcedClaimsException(String message, List<String> claims) {
        super(message, claims);
    }
}
