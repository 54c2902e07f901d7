/** Faces backing beans: view-scoped, serializable, talking to application services only. */
package org.copydesk.web.ui;
