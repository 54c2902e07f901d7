/**
 * Application services: one use case each (load, call the aggregate, store, fire an event), the
 * transaction boundary for the web layer. They return transfer records, never entities.
 */
package org.copydesk.application;
