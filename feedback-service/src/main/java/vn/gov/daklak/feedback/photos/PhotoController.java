package vn.gov.daklak.feedback.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.daklak.feedback.report.Photo;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportNotFoundException;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.security.ReportAccess;
import vn.gov.daklak.feedback.tracking.ReportView;
import vn.gov.daklak.platform.audit.Audited;
import vn.gov.daklak.platform.security.Caller;

/**
 * Pictures of a report: the resident's (up to 5, with the report) and the team's "after" pictures (up to 5, before
 * resolving). Uploads are {@code multipart/form-data} with one or more parts named {@code files}. The resident's
 * photos are added by the report's owner, the "after" photos by staff who may work on it; both are seen by the owner
 * and by those staff (HEIC originals by staff only).
 */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class PhotoController {
    private final PhotoUploads uploads;
    private final Reports reports;
    private final PhotoFiles store;
    private final ReportAccess access;

    PhotoController(PhotoUploads uploads, Reports reports, PhotoFiles store, ReportAccess access) {
        this.uploads = uploads;
        this.reports = reports;
        this.store = store;
        this.access = access;
    }

    @PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Audited(value = "report.resident.photos.add", target = "id")
    ResponseEntity<List<ReportView.PhotoView>> addResidentPhotos(@PathVariable String id,
            @RequestPart("files") List<MultipartFile> files,
            Caller caller) {
        access.requireOwner(caller, report(id));
        return created(id, uploads.upload(id, Photo.Kind.REPORT, bytes(files), "citizen"), Photo.Kind.REPORT);
    }

    @PostMapping(path = "/resolution-photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Audited(value = "report.resolution-photos.add", target = "id")
    ResponseEntity<List<ReportView.PhotoView>> addAfterPhotos(@PathVariable String id,
            @RequestPart("files") List<MultipartFile> files,
            Caller caller) {
        access.requireWorkOn(caller, report(id));
        return created(id, uploads.upload(id, Photo.Kind.RESOLUTION, bytes(files), caller.subject()),
                Photo.Kind.RESOLUTION);
    }

    /** The picture as shown (EXIF and GPS removed). HEIC, which cannot be cleaned, is shown to staff only. */
    @GetMapping("/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String photoId,
                                 Caller caller) {
        Report report = report(id);
        access.requireView(caller, report);
        Photo photo = find(report, photoId);
        String fileId = photo.displayFileId();
        if (fileId == null && access.mayWorkOn(caller, report)) {
            fileId = photo.originalFileId();
        }
        return serve(id, photoId, fileId);
    }

    @GetMapping("/photos/{photoId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable String id, @PathVariable String photoId, Caller caller) {
        Report report = report(id);
        access.requireView(caller, report);
        return serve(id, photoId, find(report, photoId).thumbnailFileId());
    }

    private ResponseEntity<byte[]> serve(String id, String photoId, String fileId) {
        var file = store.load(fileId).orElseThrow(() -> new ReportNotFoundException(
                id + " photo " + photoId + " (no displayable copy)"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    private Report report(String id) {
        return reports.find(id).orElseThrow(() -> new ReportNotFoundException(id));
    }

    private static Photo find(Report report, String photoId) {
        return report.photos().stream().filter(p -> p.id().equals(photoId)).findFirst()
                .orElseThrow(() -> new ReportNotFoundException(report.id() + " photo " + photoId));
    }

    private static ResponseEntity<List<ReportView.PhotoView>> created(String id, Report report, Photo.Kind kind) {
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id))
                .body(ReportView.photos(report).stream().filter(p -> p.kind() == kind).toList());
    }

    private static List<byte[]> bytes(List<MultipartFile> files) {
        return files.stream().map(file -> {
            if (file.getSize() > ImageSanitizer.MAX_BYTES) {
                throw new UnsupportedImageException("A photo may be at most 10 MB", true);
            }
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
