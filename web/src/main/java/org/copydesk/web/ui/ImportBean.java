package org.copydesk.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.copydesk.application.DuplicateStoryException;
import org.copydesk.application.ImportResult;
import org.copydesk.application.StoryService;
import org.copydesk.application.StorySummary;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.engine.importing.DocxStoryReader;
import org.copydesk.web.security.CurrentUser;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing a story: plain text in the seed's shape, pasted or uploaded as a .txt file; or HTML — a web page
 * or document saved as .html, or text pasted from Word, Google Docs or a web page, whose clipboard HTML the
 * page keeps beside the plain text so that bold, italic, links, subheadings and lists survive; or a Word
 * document uploaded as a .docx (told by its name or its first bytes). Text imported before is not imported
 * again unless the user asks for a copy on purpose.
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
    /** The clipboard's HTML when the text was pasted with formatting (and not edited after); else empty. */
    private String html;

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
            byte[] uploaded = uploadedBytes();
            ImportResult result;
            if (uploaded != null && isWord(uploaded)) {
                try {
                    result = stories.importDocx(uploaded, user.actor(), allowDuplicate);
                } catch (NotPermittedException | IllegalArgumentException e) {
                    Messages.error("import:file", "The file cannot be imported: " + e.getMessage());
                    return null;
                }
            } else {
                String input = uploaded != null ? new String(uploaded, StandardCharsets.UTF_8) : text;
                boolean isHtml = uploadedHtml() || uploaded == null && html != null && !html.isBlank();
                if (!uploadedHtml() && isHtml) {
                    input = html;
                }
                if (input == null || input.isBlank()) {
                    Messages.error("import:text", "Paste the story's text or choose a .txt, .html or .docx file.");
                    return null;
                }
                if (!isHtml) {
                    text = input;
                }
                result = isHtml
                        ? stories.importHtml(input, user.actor(), allowDuplicate)
                        : stories.importText(input, user.actor(), allowDuplicate);
            }
            duplicateOf = null;
            Messages.info("Imported \"" + result.story().headline() + "\" with "
                    + result.story().blocks().size()
                    + " blocks."
                    + (result.debris().isEmpty()
                            ? ""
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

    private boolean uploadedHtml() {
        if (file == null || file.getSize() == 0) {
            return false;
        }
        String name = fileName();
        return name.endsWith(".html")
                || name.endsWith(".htm")
                || file.getContentType() != null && file.getContentType().startsWith("text/html");
    }

    /**
     * A Word document, told by its name or its first bytes (a .docx is a zip: "PK\u0003\u0004"). An old .doc
     * goes the same way, to be refused with what it is rather than read as text.
     */
    private boolean isWord(byte[] uploaded) {
        String name = fileName();
        return name.endsWith(".docx")
                || name.endsWith(".doc")
                || name.endsWith(".docm")
                || DocxStoryReader.looksLikeDocx(uploaded);
    }

    private String fileName() {
        return file == null || file.getFileName() == null
                ? ""
                : file.getFileName().toLowerCase(Locale.ROOT);
    }

    /** The uploaded file's bytes; null when none was chosen. Text and HTML may be 500 kB, a Word document 8 MiB. */
    private byte[] uploadedBytes() throws IOException {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > DocxStoryReader.MAX_BYTES) {
            throw new IllegalArgumentException(
                    "the file is larger than " + DocxStoryReader.MAX_BYTES / (1024 * 1024) + " MiB");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        if (!isWord(bytes) && bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the file is larger than " + MAX_BYTES / 1000 + " kB");
        }
        return bytes;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
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
