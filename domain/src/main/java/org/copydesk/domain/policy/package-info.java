/**
 * Who may do what, decided in one place: {@link org.copydesk.domain.policy.Policy} answers every "may this
 * actor …?" with either nothing (allowed) or a typed {@link org.copydesk.domain.policy.Refusal}. The
 * entities, the application services, the API and the Faces pages all ask it; no role rule is written
 * anywhere else.
 */
package org.copydesk.domain.policy;
