/**
 * Sourcing: the reusable source registry (who said it, verified or not) and the attributions that tie
 * a span of a story's text to one source. {@code detection} proposes attributions from the text.
 */
package org.copydesk.domain.sourcing;
