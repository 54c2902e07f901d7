package org.copydesk.domain.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.ImageCaption;

/**
 * An uploaded picture, as the media library lists it: its size, type and the credit and alt text it was
 * uploaded with (a story's picture block may say otherwise). Its bytes are kept apart ({@link MediaFile}), so a
 * page of the library never loads them.
 */
@Entity
@Table(name = "media")
public class Media {

    public static final int FILE_NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "media_seq", sequenceName = "media_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_seq")
    private Long id;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    /** The SHA-256 of the bytes, hex: the same picture uploaded twice is one picture. */
    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(length = ImageCaption.CREDIT_MAX)
    private String credit;

    @Column(length = Block.ALT_MAX)
    private String alt;

    @Column(name = "file_name", length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "uploaded_by", nullable = false, length = 40)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Media() {
        // for JPA
    }

    public Media(
            ImageFormat format,
            int width,
            int height,
            long byteSize,
            String sha256,
            String credit,
            String alt,
            String fileName,
            String uploadedBy,
            Instant uploadedAt) {
        this.contentType = format.contentType();
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.sha256 = Objects.requireNonNull(sha256);
        this.credit = clean(credit, ImageCaption.CREDIT_MAX, "credit");
        this.alt = clean(alt, Block.ALT_MAX, "alt text");
        this.fileName = fileName == null
                ? null
                : clean(fileName.replaceAll("[\\p{Cntrl}/\\\\]", ""), FILE_NAME_MAX, "file name");
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    static String clean(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw new IllegalArgumentException("the picture's " + what + " is longer than " + max + " characters");
        }
        return v;
    }

    /**
     * Takes the credit and alt text a story gave this picture, where the picture has none yet: the library then
     * offers them when the picture is reused.
     */
    public void fillIn(String storyCredit, String storyAlt) {
        if (credit == null && storyCredit != null && !storyCredit.isBlank()) {
            credit = clean(storyCredit, ImageCaption.CREDIT_MAX, "credit");
        }
        if (alt == null && storyAlt != null && !storyAlt.isBlank()) {
            alt = clean(storyAlt, Block.ALT_MAX, "alt text");
        }
    }

    public Long getId() {
        return id;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getCredit() {
        return credit;
    }

    public String getAlt() {
        return alt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
