package org.copydesk.web.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.copydesk.application.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily paged table over any paged query of an application service: each page the table shows is
 * one query to the database, never the whole list.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows (page number from 0, size). Serializable: it lives in view-scoped beans. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        Page<T> fetch(int page, int size);
    }

    /** A row's key, for the table's row identity. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    /** Finds a row by its key when it is not on the page shown (selection across pages); null if gone. */
    @FunctionalInterface
    public interface Lookup<T> extends Serializable {
        T find(String rowKey);
    }

    private final Pages<T> pages;
    private final Key<T> key;
    private final Lookup<T> lookup;

    public PagedModel(Pages<T> pages, Key<T> key) {
        this(pages, key, rowKey -> null);
    }

    public PagedModel(Pages<T> pages, Key<T> key, Lookup<T> lookup) {
        this.pages = pages;
        this.key = key;
        this.lookup = lookup;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) pages.fetch(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), Page.MAX_SIZE);
        Page<T> page = pages.fetch(first / size, size);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    /**
     * The row with this key: from the page shown, else looked up, so that a selection made on several
     * pages of a lazy table comes back whole.
     */
    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        if (shown != null) {
            for (T row : shown) {
                if (key.of(row).equals(rowKey)) {
                    return row;
                }
            }
        }
        return rowKey == null ? null : lookup.find(rowKey);
    }
}
