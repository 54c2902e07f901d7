package org.copydesk.application;

/** Fired (after the change that caused it is committed) for each notification made: who, what, how many unread. */
public record Notified(String recipient, NotificationView notification, long unread) {}
