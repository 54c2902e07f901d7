package org.copydesk.application;

/**
 * Fired when this node registered, edited or merged a source. Observed once the change is committed
 * ({@link RegistryNames} reads the registry's names again); a change rolled back is not heard.
 */
public record RegistryChanged() {}
