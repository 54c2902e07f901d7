/**
 * Tests against the real EAR on the managed, provisioned WildFly: in-container tests for services
 * and repositories, client tests for the HTTP API, and browser tests in headless Chromium.
 */
package org.copydesk.it;
