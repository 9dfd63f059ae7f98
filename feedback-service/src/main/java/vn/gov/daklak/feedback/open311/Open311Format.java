package vn.gov.daklak.feedback.open311;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The format a client asks for with the resource's extension ({@code services.xml}, {@code services.json}). */
enum Open311Format {
    JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
    XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

    final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** {@code text/xml}, {@code application/json}: as service discovery lists them. */
    String mimeType() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    static Open311Format of(String extension) {
        if ("json".equalsIgnoreCase(extension)) {
            return JSON;
        }
        if ("xml".equalsIgnoreCase(extension)) {
            return XML;
        }
        throw new Open311Exception(HttpStatus.NOT_FOUND, "format ." + extension + " is not served: use .xml or .json");
    }

    /** For error documents: the asked format if it is one, else XML (the format the spec requires). */
    static Open311Format lenient(String extension) {
        return "json".equalsIgnoreCase(extension) ? JSON : XML;
    }
}
