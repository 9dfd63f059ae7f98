package vn.gov.daklak.notification.dispatch;

import java.time.Instant;

/** Where notifications are handed to providers: urgent ones in a lane of their own. */
public interface DeliveryLanes {

    /**
     * Runs {@code task} on a worker of the lane; when the lane is full, in the calling thread (the Kafka consumer then
     * slows down instead of leaving notifications behind).
     */
    void execute(boolean urgent, Runnable task);

    /**
     * Runs {@code task} on the lane at {@code at} (a retry, the end of quiet hours). Kept in memory only: after a
     * restart the recovery sweep finds what was waiting.
     */
    void executeAt(boolean urgent, Instant at, Runnable task);

    /** Every task in the calling thread at once, and no timers (the sweep finds what waits): for tests and tools. */
    DeliveryLanes CALLING_THREAD = new DeliveryLanes() {
        @Override
        public void execute(boolean urgent, Runnable task) {
            task.run();
        }

        @Override
        public void executeAt(boolean urgent, Instant at, Runnable task) {
        }
    };
}
