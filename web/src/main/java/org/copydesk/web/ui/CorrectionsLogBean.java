package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.Page;
import org.copydesk.domain.revision.WordDiff;

/**
 * The public corrections log, newest first, {@link #ROWS} to a page, paged in the database by the address
 * ({@code ?page=N}, from 0): no session, no view state, the same answer for every reader.
 */
@Named
@RequestScoped
public class CorrectionsLogBean {

    static final int ROWS = 20;

    @Inject
    CorrectionService corrections;

    private int page;
    private Page<CorrectionView> log;

    /** Loads the page asked for; a page number that is not one (negative, past the end) shows the first. */
    public void load() {
        if (page < 0) {
            page = 0;
        }
        log = corrections.log(page, ROWS);
        if (log.items().isEmpty() && page > 0) {
            page = 0;
            log = corrections.log(0, ROWS);
        }
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Page<CorrectionView> getLog() {
        return log;
    }

    /** The words before and after, as a coloured diff by whole words and numbers (escaped). */
    public String change(CorrectionView c) {
        return WordDiff.toHtml(WordDiff.wholeWords(c.before(), c.after()));
    }
}
