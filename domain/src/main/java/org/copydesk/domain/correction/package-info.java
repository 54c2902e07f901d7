/**
 * Corrections to published stories: proposed by the desk or reported by readers, applied or rejected (under the
 * four-eyes rule for public ones), with their dated public notices and the corrections log.
 */
package org.copydesk.domain.correction;
