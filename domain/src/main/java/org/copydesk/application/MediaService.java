package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.media.Media;
import org.copydesk.domain.media.MediaFile;
import org.copydesk.domain.media.MediaRepository;
import org.copydesk.domain.media.Pictures;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;

/**
 * Pictures: upload (checked and turned into renditions by {@link Pictures}), the media library, and the
 * files served to the desk and to readers. A picture readers may see is one a published story shows.
 */
@ApplicationScoped
@Transactional
public class MediaService {

    private static final java.util.Set<Role> UPLOADERS =
            java.util.EnumSet.of(Role.REPORTER, Role.EDITOR, Role.COPY_EDITOR);

    @Inject
    MediaRepository media;

    @Inject
    Clock clock;

    /** A picture as the library and the API show it. */
    public record MediaView(
            long id,
            String contentType,
            int width,
            int height,
            long byteSize,
            String credit,
            String alt,
            String fileName,
            String uploadedBy,
            Instant uploadedAt,
            List<Integer> widths,
            long uses)
            implements java.io.Serializable {

        static MediaView of(Media m, List<Integer> widths, long uses) {
            return new MediaView(
                    m.getId(),
                    m.getContentType(),
                    m.getWidth(),
                    m.getHeight(),
                    m.getByteSize(),
                    m.getCredit(),
                    m.getAlt(),
                    m.getFileName(),
                    m.getUploadedBy(),
                    m.getUploadedAt(),
                    widths,
                    uses);
        }
    }

    /** An upload's outcome: the picture, and whether it is new (the same bytes uploaded again are one picture). */
    public record Uploaded(MediaView media, boolean created) {}

    /**
     * Stores a picture with its renditions. The same bytes uploaded before give the picture stored then.
     *
     * @throws org.copydesk.domain.media.PictureException if it is not a picture Copydesk takes
     * @throws NotPermittedException for a user who does not write or edit stories
     */
    public Uploaded upload(byte[] bytes, String fileName, String credit, String alt, Actor by) {
        if (!by.hasAny(UPLOADERS)) {
            throw new NotPermittedException("Only reporters, editors and copy editors add pictures.");
        }
        Pictures.Processed picture = Pictures.process(bytes);
        Optional<Media> same = media.findBySha256(picture.sha256());
        if (same.isPresent()) {
            return new Uploaded(view(same.get()), false);
        }
        Media stored = media.store(
                new Media(
                        picture.format(),
                        picture.width(),
                        picture.height(),
                        bytes.length,
                        picture.sha256(),
                        credit,
                        alt,
                        fileName,
                        by.username(),
                        clock.instant()),
                picture.files());
        return new Uploaded(view(stored), true);
    }

    public MediaView find(long id) {
        return view(media.find(id).orElseThrow(() -> new NotFoundException("There is no picture " + id + ".")));
    }

    /**
     * The file to show at a display width: staff see every picture, readers ({@code viewer} null) only one a
     * published story shows. Empty when there is no such picture for this viewer.
     */
    public Optional<MediaFile> file(long id, int width, Actor viewer) {
        if (viewer == null && !media.shownToReaders(id)) {
            return Optional.empty();
        }
        return media.rendition(id, width);
    }

    /** Whether readers may see this picture (it is in a published story): a shared cache may keep it. */
    public boolean shownToReaders(long id) {
        return media.shownToReaders(id);
    }

    /** One page of the media library, newest first, filtered by words of the credit, alt text or file name. */
    public Page<MediaView> library(String words, int page, int size) {
        Page.offset(page, size);
        List<Media> found = media.search(words, page, size);
        Map<Long, Long> uses = media.uses(found.stream().map(Media::getId).toList());
        List<MediaView> views = found.stream()
                .map(m -> MediaView.of(m, media.widths(m.getId()), uses.getOrDefault(m.getId(), 0L)))
                .toList();
        return new Page<>(views, media.count(words), page, size);
    }

    private MediaView view(Media m) {
        return MediaView.of(
                m, media.widths(m.getId()), media.uses(List.of(m.getId())).getOrDefault(m.getId(), 0L));
    }
}
