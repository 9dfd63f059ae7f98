package vn.gov.daklak.notification.dispatch;

import java.util.concurrent.RejectedExecutionException;

/** Where new notifications are handed to providers: urgent ones in a lane of their own. */
@FunctionalInterface
public interface DeliveryLanes {

    /** @throws RejectedExecutionException when the lane is full (the notification then waits for the sweep) */
    void execute(boolean urgent, Runnable task);
}
