/** Editorial notes: threaded, anchored to a story, a block or an attribution, with @mentions and a kept history. */
package org.copydesk.domain.note;
