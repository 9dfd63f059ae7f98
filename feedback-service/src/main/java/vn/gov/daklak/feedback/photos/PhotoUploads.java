package vn.gov.daklak.feedback.photos;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.gov.daklak.feedback.report.Photo;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportChanges;
import vn.gov.daklak.feedback.report.ReportNotFoundException;
import vn.gov.daklak.feedback.report.Reports;

/**
 * Attaches pictures to a report: checks what the report allows, cleans each picture, stores its files (one document
 * each) and then records them in the report. Files of an upload the report refuses at the last moment are deleted again.
 */
@Service
class PhotoUploads {
    private final Reports reports;
    private final ReportChanges changes;
    private final ImageSanitizer sanitizer;
    private final PhotoFiles store;
    private final Clock clock;

    PhotoUploads(Reports reports, ReportChanges changes, ImageSanitizer sanitizer, PhotoFiles store,
                 Clock clock) {
        this.reports = reports;
        this.changes = changes;
        this.sanitizer = sanitizer;
        this.store = store;
        this.clock = clock;
    }

    Report upload(String reportId, Photo.Kind kind, List<byte[]> files, String uploadedBy) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Attach at least one image in the multipart field \"files\"");
        }
        reports.find(reportId).orElseThrow(() -> new ReportNotFoundException(reportId))
                .checkPhotosAllowed(kind, files.size());
        List<ImageSanitizer.Sanitized> cleaned = files.stream().map(sanitizer::sanitize).toList();
        List<Photo> photos = new ArrayList<>();
        try {
            for (ImageSanitizer.Sanitized image : cleaned) {
                photos.add(store(reportId, kind, image, uploadedBy));
            }
            return changes.apply(reportId, report -> photos.forEach(report::addPhoto));
        } catch (RuntimeException e) {
            photos.forEach(this::deleteFiles);
            throw e;
        }
    }

    private Photo store(String reportId, Photo.Kind kind, ImageSanitizer.Sanitized image, String uploadedBy) {
        String photoId = UUID.randomUUID().toString();
        String display = store.store(reportId, photoId, "display", image.display());
        String thumbnail = store.store(reportId, photoId, "thumbnail", image.thumbnail());
        return new Photo(photoId, kind, image.display().mediaType(), display, thumbnail, null, image.width(),
                image.height(), image.display().bytes().length, uploadedBy, clock.instant());
    }

    private void deleteFiles(Photo photo) {
        for (String fileId : new String[] {photo.displayFileId(), photo.thumbnailFileId(), photo.originalFileId()}) {
            if (fileId != null) {
                store.deleteQuietly(fileId);
            }
        }
    }
}
