/**
 * JPA implementations of the domain's repositories, the database schema (Flyway migrations under
 * {@code db/migration}) and database health.
 */
package org.copydesk.persistence;
