package vn.gov.daklak.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        Samples s = new Samples();
        for (int i = 100; i >= 1; i--) {
            s.add(i);
        }
        assertEquals(50, s.percentile(50));
        assertEquals(95, s.percentile(95));
        assertEquals(99, s.percentile(99));
        assertEquals(100, s.percentile(100));
        assertEquals(1, s.percentile(0.1));
        assertEquals(100, s.max());
        assertEquals(100, s.count());
    }

    @Test
    void smallSamplesRoundUp() {
        Samples s = new Samples();
        s.add(30);
        s.add(10);
        s.add(20);
        assertEquals(20, s.percentile(50)); // ceil(1.5) = 2nd
        assertEquals(30, s.percentile(99));
        Samples one = new Samples();
        one.add(7);
        assertEquals(7, one.percentile(50));
        assertEquals(7, one.percentile(99));
    }

    @Test
    void addingAfterAPercentileKeepsItExact() {
        Samples s = new Samples();
        for (int i = 0; i < 1000; i++) {
            s.add(i % 10);
        }
        assertEquals(9, s.max());
        s.add(-5);
        s.add(1000);
        assertEquals(1000, s.max());
        assertEquals(-5, s.percentile(0.01));
    }

    @Test
    void emptyAndInvalid() {
        Samples s = new Samples();
        assertEquals(Long.MIN_VALUE, s.percentile(99));
        assertEquals("-", Samples.millis(s.max()));
        assertEquals("- - - -", s.summaryMillis());
        assertThrows(IllegalArgumentException.class, () -> s.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> s.percentile(101));
    }

    @Test
    void millisecondsFormatting() {
        assertEquals("1.5", Samples.millis(1_500));
        assertEquals("99.9", Samples.millis(99_940));
        assertEquals("250", Samples.millis(250_400));
    }
}
