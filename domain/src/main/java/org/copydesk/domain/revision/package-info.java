/**
 * Revisions of a story's text and how two of them differ. {@link org.copydesk.domain.revision.WordDiff}
 * compares two texts word by word and renders the difference as HTML for the desk; it keeps no
 * state and touches no persistence.
 */
package org.copydesk.domain.revision;
