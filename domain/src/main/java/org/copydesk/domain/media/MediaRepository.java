package org.copydesk.domain.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface MediaRepository {

    Optional<Media> find(long id);

    Optional<Media> findBySha256(String sha256);

    /** Stores a new picture and its files (the original and its renditions); the picture gets its id. */
    Media store(Media media, List<Rendition> files);

    /** The file to serve for a display width: the narrowest rendition at least that wide, else the widest. */
    Optional<MediaFile> rendition(long mediaId, int width);

    /** The renditions' widths, narrowest first (not the original). */
    List<Integer> widths(long mediaId);

    /** Of these ids, those that name a stored picture. */
    Set<Long> existing(Collection<Long> ids);

    /** Whether a published story (one readers can see) shows this picture. */
    boolean shownToReaders(long mediaId);

    /** The library: newest first, filtered by words in the credit, alt text or file name; one page. */
    List<Media> search(String words, int page, int size);

    long count(String words);

    /** How many stories show each of these pictures now. */
    java.util.Map<Long, Long> uses(Collection<Long> mediaIds);

    /** A file as stored, before it has a picture id. */
    record Rendition(int width, int height, String contentType, byte[] bytes) {}
}
