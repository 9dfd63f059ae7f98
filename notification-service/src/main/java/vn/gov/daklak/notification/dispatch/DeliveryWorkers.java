package vn.gov.daklak.notification.dispatch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that talk to providers, so a slow provider (timeouts, retries, a 429's wait) never holds up the Kafka
 * consumer that created the notification. Bounded: when full, a notification simply waits for the sweep — it is
 * stored already. Not an {@code Executor} bean, so Spring Boot's own task executor stays as it is.
 */
@Component
class DeliveryWorkers implements DisposableBean {
    private final ThreadPoolExecutor pool;

    DeliveryWorkers(DispatchProperties properties) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(properties.workers(), properties.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.workQueue()), r -> {
                    Thread thread = new Thread(r, "notification-delivery-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    void execute(Runnable task) {
        pool.execute(task);
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        // what is cut short stays leased in MongoDB and is resumed after the lease, here or elsewhere
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
