package org.copydesk.engine.detection;

import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * Who a phrase of the text names as the source of a claim.
 *
 * @param name the source's name (see {@link DetectedAttribution#sourceName()})
 * @param kind the kind of source
 * @param role role or affiliation, or {@code null}
 * @param named whether the name is a person's own name ("Dmitry Peskov"), not a description
 * @param rankOnly whether the role is no more than a rank ("Colonel"), which a descriptive role
 *     from an apposition replaces
 */
record Speaker(String name, SourceKind kind, String role, boolean named, boolean rankOnly) {

    Speaker withRole(String newRole) {
        return new Speaker(name, kind, newRole, named, false);
    }
}
