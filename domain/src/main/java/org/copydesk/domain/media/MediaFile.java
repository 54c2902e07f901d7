package org.copydesk.domain.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The bytes of a picture: the original as uploaded ({@link #ORIGINAL}) or a rendition of a given width
 * (height in proportion), as served for {@code srcset}.
 */
@Entity
@Table(name = "media_file")
public class MediaFile {

    /** The width recorded for the original upload. */
    public static final int ORIGINAL = 0;

    @Id
    @SequenceGenerator(name = "media_file_seq", sequenceName = "media_file_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_file_seq")
    private Long id;

    @Column(name = "media_id", nullable = false)
    private long mediaId;

    /** The rendition's width in pixels; {@link #ORIGINAL} for the upload itself. */
    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected MediaFile() {
        // for JPA
    }

    public MediaFile(long mediaId, int width, int height, String contentType, byte[] bytes) {
        this.mediaId = mediaId;
        this.width = width;
        this.height = height;
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    public long getMediaId() {
        return mediaId;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
