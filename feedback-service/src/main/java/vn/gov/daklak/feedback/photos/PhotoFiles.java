package vn.gov.daklak.feedback.photos;

import java.util.Optional;

/** The files of the photos' renditions, stored and read by their id. */
interface PhotoFiles {

    record StoredFile(byte[] bytes, String mediaType) {
    }

    /** Stores one rendition of a photo; returns its file id. */
    String store(String reportId, String photoId, String rendition, ImageSanitizer.Rendition file);

    Optional<StoredFile> load(String fileId);

    /** Deletes a file if possible: an orphan file costs space, not correctness. */
    void deleteQuietly(String fileId);
}
