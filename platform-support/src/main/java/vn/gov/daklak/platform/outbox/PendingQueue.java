package vn.gov.daklak.platform.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Documents waiting to be drained, each at most once, oldest first. Writers add what they just wrote; the relay
 * thread takes them in batches.
 */
final class PendingQueue {
    private final LinkedHashSet<PendingDocument> waiting = new LinkedHashSet<>();

    synchronized void add(PendingDocument document) {
        if (waiting.add(document) && waiting.size() == 1) {
            notifyAll();
        }
    }

    synchronized void addAll(Collection<PendingDocument> documents) {
        documents.forEach(this::add);
    }

    /** Waits up to {@code timeout} for the first document, then takes up to {@code max} of them. */
    synchronized List<PendingDocument> await(int max, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (waiting.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return List.of();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return take(max);
    }

    /** Takes up to {@code max} documents without waiting. */
    synchronized List<PendingDocument> take(int max) {
        List<PendingDocument> batch = new ArrayList<>(Math.min(max, waiting.size()));
        Iterator<PendingDocument> it = waiting.iterator();
        while (it.hasNext() && batch.size() < max) {
            batch.add(it.next());
            it.remove();
        }
        return batch;
    }

    synchronized int size() {
        return waiting.size();
    }
}
