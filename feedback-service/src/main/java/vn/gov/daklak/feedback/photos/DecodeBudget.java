package vn.gov.daklak.feedback.photos;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The heap that decoding pictures may take at once, shared by all uploads: a picture is decoded only after its
 * pixels' working memory is reserved here, so concurrent uploads cannot together exhaust the heap. An upload that
 * finds no room within the wait is refused as busy (503), not queued without end.
 */
@Component
class DecodeBudget {
    private static final int KIB = 1024;

    private final Semaphore kibibytes;
    private final int totalKib;
    private final long waitMillis;

    DecodeBudget(@Value("${feedback.photos.decode-budget:160MB}") org.springframework.util.unit.DataSize budget,
                 @Value("${feedback.photos.decode-wait:10s}") java.time.Duration wait) {
        this.totalKib = (int) Math.min(Integer.MAX_VALUE, budget.toBytes() / KIB);
        this.kibibytes = new Semaphore(totalKib, true);
        this.waitMillis = wait.toMillis();
    }

    /** Reserves {@code bytes} until the returned reservation is closed. */
    Reservation reserve(long bytes) {
        int kib = (int) Math.min(Integer.MAX_VALUE, (bytes + KIB - 1) / KIB);
        if (kib > totalKib) {
            throw new UnreadableImageException("The image is too large to decode");
        }
        try {
            if (!kibibytes.tryAcquire(kib, waitMillis, TimeUnit.MILLISECONDS)) {
                throw new DecoderBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecoderBusyException();
        }
        return () -> kibibytes.release(kib);
    }

    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    /** 503: pictures being decoded already hold the whole budget. */
    static final class DecoderBusyException extends RuntimeException {
        DecoderBusyException() {
            super("Too many photos are being processed; try again in a moment");
        }
    }
}
