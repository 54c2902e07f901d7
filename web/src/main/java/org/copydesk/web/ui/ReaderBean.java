package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryQueries;

/** The public page of a published story, {@code /read/{slug}}. Anything unpublished is not found. */
@Named
@RequestScoped
public class ReaderBean {

    @Inject
    StoryQueries queries;

    private String slug;
    private StoryDetails story;

    public void load() throws IOException {
        try {
            story = slug == null ? null : queries.published(slug);
        } catch (NotFoundException e) {
            story = null;
        }
        if (story == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No published story here");
            faces.responseComplete();
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public StoryDetails getStory() {
        return story;
    }
}
