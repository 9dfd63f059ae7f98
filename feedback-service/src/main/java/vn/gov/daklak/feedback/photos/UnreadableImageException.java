package vn.gov.daklak.feedback.photos;

/** The bytes claim to be an accepted image format but cannot be read as one: HTTP 422. */
class UnreadableImageException extends RuntimeException {
    UnreadableImageException(String message) {
        super(message);
    }
}
