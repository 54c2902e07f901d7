/** In-app notifications: mentions, stories entering a user's queue, saves by others. */
package org.copydesk.domain.notification;
