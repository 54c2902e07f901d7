/** Live updates over the Faces websocket: the bell, the dashboard queues, the story page's notices. */
package org.copydesk.web.live;
