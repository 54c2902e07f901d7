/**
 * The editorial rules as plain Java (docs/design.md, "Workflow" and "People and roles"): the states a story moves
 * through ({@link org.copydesk.domain.workflow.StoryState}), the moves between them and the guards each must meet
 * ({@link org.copydesk.domain.workflow.Workflow}), and who may do what, decided in one place:
 * {@link org.copydesk.domain.workflow.Policy} answers every "may this actor …?" with nothing (allowed) or a
 * {@link org.copydesk.domain.workflow.Refusal}. The entities, the application services, the API and the Faces pages
 * all ask it; no role rule is written anywhere else. No container needed; unit-tested as a table.
 */
package org.copydesk.domain.workflow;
