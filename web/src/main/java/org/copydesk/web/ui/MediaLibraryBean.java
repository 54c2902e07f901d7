package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.copydesk.application.MediaService;
import org.copydesk.application.MediaService.MediaView;
import org.copydesk.application.Page;

/**
 * The media library page ({@code /desk/media.xhtml?q=&page=}): every picture uploaded, newest first, found by
 * words of its credit, alt text or file name, with its size, who uploaded it and how many stories show it. The
 * search and the page are in the address, so a search can be bookmarked and the back button works.
 */
@Named
@RequestScoped
public class MediaLibraryBean {

    static final int PAGE_SIZE = 24;

    @Inject
    MediaService media;

    private String q;
    private int page;
    private Page<MediaView> found;

    public void load() {
        page = Math.max(0, Math.min(page, 10_000));
        found = media.library(q, page, PAGE_SIZE);
    }

    public List<MediaView> getPictures() {
        return found.items();
    }

    public long getTotal() {
        return found.total();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < found.total();
    }

    /** "25–48 of 60", or "" when nothing was found. */
    public String getRange() {
        if (found.total() == 0) {
            return "";
        }
        long first = (long) page * PAGE_SIZE + 1;
        return first + "–" + (first + found.items().size() - 1) + " of " + found.total();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
