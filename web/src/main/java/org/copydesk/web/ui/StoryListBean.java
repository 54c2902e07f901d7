package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.copydesk.application.Page;
import org.copydesk.application.StoryService;
import org.copydesk.application.StorySummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The story list: a lazily paged table, each page read from the database on demand. */
@Named
@ViewScoped
public class StoryListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StoryService stories;

    private LazyDataModel<StorySummary> model;

    @PostConstruct
    void init() {
        model = new StoryPages(stories);
    }

    public LazyDataModel<StorySummary> getModel() {
        return model;
    }

    static final class StoryPages extends LazyDataModel<StorySummary> {

        private static final long serialVersionUID = 1L;
        private final StoryService stories;

        StoryPages(StoryService stories) {
            this.stories = stories;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) stories.list(0, 1).total();
        }

        @Override
        public List<StorySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), Page.MAX_SIZE);
            Page<StorySummary> page = stories.list(first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(StorySummary story) {
            return String.valueOf(story.id());
        }

        @Override
        public StorySummary getRowData(String rowKey) {
            return null;
        }
    }
}
