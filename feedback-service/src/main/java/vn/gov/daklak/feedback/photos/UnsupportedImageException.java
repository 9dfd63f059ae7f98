package vn.gov.daklak.feedback.photos;

/** The content is not JPEG, PNG, WebP or HEIC (by its magic bytes), or too large: HTTP 415 / 413. */
class UnsupportedImageException extends RuntimeException {
    private final boolean tooLarge;

    UnsupportedImageException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    boolean tooLarge() {
        return tooLarge;
    }
}
