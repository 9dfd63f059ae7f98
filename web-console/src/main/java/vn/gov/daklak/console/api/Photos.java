package vn.gov.daklak.console.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;

/** Photos chosen in a form, sent on as feedback-service's multipart upload (parts named {@code files}). */
public final class Photos {

    private Photos() {
    }

    public static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }

    public static void upload(RestClient feedback, String path, List<MultipartFile> files) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        for (MultipartFile file : files) {
            parts.part("files", file.getResource())
                    .filename(file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename())
                    .contentType(file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                            : MediaType.parseMediaType(file.getContentType()));
        }
        feedback.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build())
                .retrieve().toBodilessEntity();
    }
}
