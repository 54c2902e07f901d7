package org.copydesk.application;

import org.copydesk.domain.correction.CorrectionKind;

/**
 * Fired when a proposed correction (or a completed reader's report) is applied through the corrections
 * desk; observed once it is committed, to tell the story's reporter. Copy-check fixes and the archive sweep
 * do not fire it: they are the copy desk's own typo fixes.
 */
public record CorrectionApplied(long storyId, long correctionId, CorrectionKind kind, String by, int resolvedReports) {}
