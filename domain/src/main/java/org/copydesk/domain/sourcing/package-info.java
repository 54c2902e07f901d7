/**
 * Sourcing: the reusable source registry (who said it, verified or not) and the attributions that tie
 * a span of a story's text to one source. {@code detection} proposes attributions from the text. A claim
 * resting on an anonymous source carries why anonymity was granted ({@link org.copydesk.domain.sourcing.Anonymity}).
 */
package org.copydesk.domain.sourcing;
