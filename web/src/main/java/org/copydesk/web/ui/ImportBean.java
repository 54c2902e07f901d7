package org.copydesk.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.copydesk.application.DuplicateStoryException;
import org.copydesk.application.ImportResult;
import org.copydesk.application.StoryService;
import org.copydesk.application.StorySummary;
import org.copydesk.domain.workflow.NotPermittedException;
import org.copydesk.web.security.CurrentUser;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing plain text in the seed's shape, pasted or uploaded as a .txt file. Text imported before is
 * not imported again unless the user asks for a copy on purpose.
 */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 500_000;

    @Inject
    StoryService stories;

    @Inject
    CurrentUser user;

    private String text;
    private transient UploadedFile file;
    private StorySummary duplicateOf;

    public String importText() {
        return doImport(false);
    }

    public String importCopy() {
        return doImport(true);
    }

    private String doImport(boolean allowDuplicate) {
        try {
            String input = uploadedText();
            if (input == null || input.isBlank()) {
                Messages.error("import:text", "Paste the story's text or choose a .txt file.");
                return null;
            }
            text = input;
            ImportResult result = stories.importText(input, user.actor(), allowDuplicate);
            duplicateOf = null;
            Messages.info("Imported \"" + result.story().headline() + "\" with " + result.story().blocks().size()
                    + " blocks." + (result.debris().isEmpty() ? ""
                    : " Removed scrape debris: " + String.join("; ", result.debris()) + "."));
            Messages.keepForRedirect();
            return "/desk/story.xhtml?faces-redirect=true&id=" + result.story().id();
        } catch (DuplicateStoryException e) {
            duplicateOf = e.existing();
            Messages.error("import:text", e.getMessage());
            return null;
        } catch (NotPermittedException | IllegalArgumentException e) {
            Messages.error("import:text", "The text cannot be imported: " + e.getMessage());
            return null;
        } catch (IOException e) {
            Messages.error("import:file", "The file could not be read.");
            return null;
        }
    }

    private String uploadedText() throws IOException {
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_BYTES) {
                throw new IllegalArgumentException("the file is larger than " + MAX_BYTES / 1000 + " kB");
            }
            try (InputStream in = file.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return text;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public StorySummary getDuplicateOf() {
        return duplicateOf;
    }
}
