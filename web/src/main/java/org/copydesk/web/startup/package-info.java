/** What happens once when Copydesk is deployed: schema migration, then the seed story. */
package org.copydesk.web.startup;
