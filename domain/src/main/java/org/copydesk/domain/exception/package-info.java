/**
 * The refusals every part of the model shares, each answered the same way everywhere: not permitted (403), a
 * workflow move refused (409). Exceptions of one use case stay beside it (the application services' stale and
 * not-found exceptions, a source's anonymity reason, a picture or an import that cannot be read).
 */
package org.copydesk.domain.exception;
