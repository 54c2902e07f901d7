/**
 * The copy desk's work on a story before publication: the copy check's findings (applied or dismissed with a
 * reason) and the newsroom dictionary of names that are never misspellings.
 */
package org.copydesk.domain.copyedit;
