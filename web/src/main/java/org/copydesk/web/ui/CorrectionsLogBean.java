package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.domain.revision.WordDiff;
import org.primefaces.model.LazyDataModel;

/** The public corrections log, newest first, paged in the database, each with what changed. */
@Named
@ViewScoped
public class CorrectionsLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectionService corrections;

    private LazyDataModel<CorrectionView> model;

    @PostConstruct
    void init() {
        CorrectionService log = corrections;
        model = new PagedModel<>(log::log, c -> String.valueOf(c.id()));
    }

    public LazyDataModel<CorrectionView> getModel() {
        return model;
    }

    /** The words before and after, as a coloured diff by whole words and numbers (escaped). */
    public String change(CorrectionView c) {
        return WordDiff.toHtml(WordDiff.wholeWords(c.before(), c.after()));
    }
}
