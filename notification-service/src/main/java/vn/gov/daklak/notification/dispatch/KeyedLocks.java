package vn.gov.daklak.notification.dispatch;

import java.util.concurrent.locks.ReentrantLock;

/** A fixed set of locks chosen by key hash: serializes work per report without a lock per report. */
final class KeyedLocks {
    private final ReentrantLock[] locks;

    KeyedLocks(int size) {
        locks = new ReentrantLock[size];
        for (int i = 0; i < size; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    ReentrantLock forKey(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }
}
