package vn.gov.daklak.platform.web;

import java.io.IOException;

/** A request body passed {@code platform.http.max-body-size} while being read: HTTP 413. */
public class BodyTooLargeException extends IOException {
    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Whether {@code e} or one of its causes is this exception. */
    static boolean causes(Throwable e) {
        return find(e) != null;
    }

    static BodyTooLargeException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
