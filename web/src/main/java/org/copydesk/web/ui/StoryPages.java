package org.copydesk.web.ui;

import java.util.List;
import java.util.Map;
import org.copydesk.application.Page;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.StorySummary;
import org.copydesk.domain.story.StoryQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazily paged story table: each page is one query to the database. */
public class StoryPages extends LazyDataModel<StorySummary> {

    private static final long serialVersionUID = 1L;
    private final StoryQueries stories;
    private final StoryQuery query;

    public StoryPages(StoryQueries stories, StoryQuery query) {
        this.stories = stories;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) stories.search(query, 0, 1).total();
    }

    @Override
    public List<StorySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), Page.MAX_SIZE);
        Page<StorySummary> page = stories.search(query, first / size, size);
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
