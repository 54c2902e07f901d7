/**
 * The story aggregate: what a reporter writes and the desk moves through the workflow, with its
 * repository interface. Behaviour lives on {@link org.copydesk.domain.story.Story} itself.
 */
package org.copydesk.domain.story;
