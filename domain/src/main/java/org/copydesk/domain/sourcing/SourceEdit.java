package org.copydesk.domain.sourcing;

import java.io.Serializable;
import java.util.List;

/**
 * What an editor wants a source to be: every field as it should read afterwards ({@code aliases} null
 * leaves the aliases as they are, an empty list removes them all), and an optional note on why.
 */
public record SourceEdit(String name, SourceKind kind, String role, String reference, List<String> aliases, String note)
        implements Serializable {

    public SourceEdit {
        aliases = aliases == null
                ? null
                : List.copyOf(
                        aliases.stream().filter(java.util.Objects::nonNull).toList());
    }
}
