package org.copydesk.application;

/**
 * An account was changed in a way that ends its sessions (disabled, enabled, roles, a new password); fired in the
 * changing transaction, acted on once it commits — here by {@link UserAccess}, on the other servers of a cluster
 * through the web layer's relay.
 */
public record UserAccessChanged(String username) {}
