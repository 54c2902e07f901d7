/**
 * The JSON API under {@code /copydesk/api}: thin resources that check transfer objects, call an
 * application service and answer errors as {@code application/problem+json}.
 */
package org.copydesk.web.rest;
