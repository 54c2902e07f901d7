package org.copydesk.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.copydesk.application.MediaService;
import org.copydesk.application.MediaService.MediaView;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.media.PictureException;
import org.copydesk.domain.media.Pictures;
import org.copydesk.web.security.CurrentUser;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The story editor's picture box: upload a picture (picked or dropped; also dropped or pasted on the writing
 * surface) or choose one of the newest in the library (searched by credit, alt text or file name); the box then
 * puts it on the surface with its caption, credit and alt text (surface.js).
 */
@Named
@ViewScoped
public class PictureBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIBRARY_PAGE = 12;

    @Inject
    transient MediaService media;

    @Inject
    transient CurrentUser user;

    private String query;
    /** The newest pictures for the query, read once per change (the page asks more than once a render). */
    private transient List<MediaView> library;

    /** Stores an uploaded picture and hands it to the box (callback parameters), or says why not. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String field = event.getComponent().getClientId();
        try {
            if (file.getSize() > Pictures.MAX_BYTES) {
                throw new PictureException(
                        PictureException.Reason.TOO_LARGE,
                        "A picture may be at most " + Pictures.MAX_BYTES / (1024 * 1024) + " MiB; this one has "
                                + file.getSize() + " bytes.");
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream()) {
                bytes = in.readNBytes((int) Pictures.MAX_BYTES + 1);
            }
            MediaService.Uploaded uploaded = media.upload(bytes, file.getFileName(), null, null, user.actor());
            library = null;
            offer(uploaded.media());
            Messages.info(
                    field,
                    uploaded.created()
                            ? "Uploaded: " + uploaded.media().width() + " × "
                                    + uploaded.media().height() + " pixels."
                            : "This picture is in the library already (uploaded by "
                                    + uploaded.media().uploadedBy() + "); its credit and alt text are filled in.");
        } catch (PictureException | NotPermittedException e) {
            Messages.error(field, e.getMessage());
        } catch (IOException e) {
            Messages.error(field, "The file could not be read; try again.");
        }
    }

    private static void offer(MediaView m) {
        PrimeFaces.current().ajax().addCallbackParam("media", m.id());
        PrimeFaces.current().ajax().addCallbackParam("width", m.width());
        PrimeFaces.current().ajax().addCallbackParam("height", m.height());
        PrimeFaces.current().ajax().addCallbackParam("credit", m.credit() == null ? "" : m.credit());
        PrimeFaces.current().ajax().addCallbackParam("alt", m.alt() == null ? "" : m.alt());
    }

    /** The library's page for the words searched, newest first. */
    public List<MediaView> getLibrary() {
        if (library == null) {
            library = media.library(query, 0, LIBRARY_PAGE).items();
        }
        return library;
    }

    public void search() {
        library = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.isBlank() ? null : query.strip();
    }
}
