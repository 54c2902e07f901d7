/**
 * Sign-in with Jakarta Security: one authentication mechanism that signs browsers in with a form and a
 * session and API clients with HTTP Basic, against the users in the database.
 */
package org.copydesk.web.security;
