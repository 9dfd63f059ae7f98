package vn.gov.daklak.console.api;

import java.util.List;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
        MultiValueMap<String, HttpEntity<?>> parts = new LinkedMultiValueMap<>();
        for (MultipartFile file : files) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentDispositionFormData("files",
                    file.getOriginalFilename() == null ? "photo" : file.getOriginalFilename());
            headers.setContentType(file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(file.getContentType()));
            parts.add("files", new HttpEntity<>(file.getResource(), headers));
        }
        feedback.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().toBodilessEntity();
    }
}
