/**
 * The copy desk and corrections: findings of the copy check (applied or dismissed), the newsroom
 * dictionary, and corrections to published stories with their public notices.
 */
package org.copydesk.domain.copydesk;
