/** Newsroom users, their roles, and the actor on whose behalf a use case runs. */
package org.copydesk.domain.user;
