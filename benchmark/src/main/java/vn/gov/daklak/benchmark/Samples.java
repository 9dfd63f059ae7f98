package vn.gov.daklak.benchmark;

import java.util.Arrays;

/**
 * A growable list of long samples (latencies in microseconds) with exact nearest-rank percentiles. Not thread-safe:
 * callers synchronise or fill it from one thread.
 */
final class Samples {
    private long[] values = new long[256];
    private int size;
    private boolean sorted = true;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        sorted = false;
    }

    int count() {
        return size;
    }

    /**
     * Nearest-rank percentile: the smallest sample such that at least {@code p} percent of the samples are less than
     * or equal to it ({@code p} in (0, 100]). {@code Long.MIN_VALUE} when there are no samples.
     */
    long percentile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (size == 0) {
            return Long.MIN_VALUE;
        }
        sort();
        int rank = (int) Math.ceil(p / 100.0 * size);
        return values[Math.max(rank, 1) - 1];
    }

    long max() {
        return size == 0 ? Long.MIN_VALUE : percentile(100);
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }

    /** "p50 p95 p99 max" in milliseconds, or dashes without samples. */
    String summaryMillis() {
        return String.format("%s %s %s %s", millis(percentile(50)), millis(percentile(95)), millis(percentile(99)),
                millis(max()));
    }

    /** Microseconds as milliseconds: one decimal below 100 ms, none above; "-" for no value. */
    static String millis(long micros) {
        if (micros == Long.MIN_VALUE) {
            return "-";
        }
        double ms = micros / 1000.0;
        return ms < 100 ? String.format("%.1f", ms) : String.format("%.0f", ms);
    }
}
