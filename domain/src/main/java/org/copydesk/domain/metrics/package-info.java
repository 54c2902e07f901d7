/** Desk metrics: the period they cover and what the store computes for them (counts and medians in SQL). */
package org.copydesk.domain.metrics;
