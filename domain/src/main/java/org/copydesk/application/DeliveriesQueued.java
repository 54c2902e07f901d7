package org.copydesk.application;

import java.util.List;

/** Webhook deliveries were stored and may be sent at once (their first attempt is due now). */
public record DeliveriesQueued(List<Long> deliveryIds) {}
