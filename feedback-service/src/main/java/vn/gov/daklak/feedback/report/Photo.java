package vn.gov.daklak.feedback.report;

import java.time.Instant;

/**
 * A picture attached to a report. The files live in {@code photo_files} (one document per rendition):
 * {@code displayFileId} is the copy shown to people (EXIF and GPS removed), {@code thumbnailFileId} a small preview;
 * {@code originalFileId} is kept only for a format the service cannot clean (HEIC), and is shown to staff only.
 */
public record Photo(String id, Kind kind, String mediaType, String displayFileId, String thumbnailFileId,
                    String originalFileId, Integer width, Integer height, long size, String uploadedBy,
                    Instant uploadedAt) {
    public static final int MAX_PER_KIND = 5;

    public enum Kind {
        /** The resident's pictures of the problem. */
        REPORT,
        /** The team's "after" pictures of what was done. */
        RESOLUTION
    }
}
