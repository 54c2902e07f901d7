/** The newsroom's section list (Asia-Pacific, World News, …), kept by admins, used by the importer. */
package org.copydesk.domain.section;
