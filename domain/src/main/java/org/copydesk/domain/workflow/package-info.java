/**
 * The editorial workflow as plain Java (DESIGN.md, "Workflow"): the states a story moves through, who
 * may move it, and the guards each move must meet. No container needed; unit-tested as a table.
 */
package org.copydesk.domain.workflow;
