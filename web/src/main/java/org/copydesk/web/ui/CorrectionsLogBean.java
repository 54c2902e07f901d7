package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.Page;
import org.copydesk.application.RevisionService;
import org.copydesk.domain.revision.WordDiff;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The public corrections log, newest first, paged in the database, each with what changed. */
@Named
@ViewScoped
public class CorrectionsLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectionService corrections;

    @Inject
    RevisionService revisions;

    private LazyDataModel<CorrectionView> model;

    @PostConstruct
    void init() {
        model = new LogPages(corrections);
    }

    public LazyDataModel<CorrectionView> getModel() {
        return model;
    }

    /** The words before and after, as a coloured diff (escaped). */
    public String change(CorrectionView c) {
        return WordDiff.toHtml(WordDiff.between(c.before(), c.after()));
    }

    static final class LogPages extends LazyDataModel<CorrectionView> {
        private static final long serialVersionUID = 1L;
        private final CorrectionService corrections;

        LogPages(CorrectionService corrections) {
            this.corrections = corrections;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) corrections.log(0, 1).total();
        }

        @Override
        public List<CorrectionView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), Page.MAX_SIZE);
            Page<CorrectionView> page = corrections.log(first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(CorrectionView c) {
            return String.valueOf(c.id());
        }

        @Override
        public CorrectionView getRowData(String rowKey) {
            return null;
        }
    }
}
