package vn.gov.daklak.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaults() {
        Options o = Options.parse();
        assertEquals(List.of(20.0, 50.0, 100.0, 250.0, 500.0), o.rates);
        assertEquals(Duration.ofSeconds(20), o.duration);
        assertEquals(List.of(0L), o.stored);
        assertEquals(40, o.residents);
    }

    @Test
    void bothSpellingsAndUnits() {
        Options o = Options.parse("--rates", "20,50", "--duration=1.5m", "--stored", "0,10k,100000", "--load-only",
                "--drain-idle", "500ms");
        assertEquals(List.of(20.0, 50.0), o.rates);
        assertEquals(Duration.ofSeconds(90), o.duration);
        assertEquals(List.of(0L, 10_000L, 100_000L), o.stored);
        assertTrue(o.loadOnly);
        assertEquals(Duration.ofMillis(500), o.drainIdle);
        assertEquals(Duration.ofSeconds(3), Options.duration("3"));
        assertEquals(Duration.ofHours(1), Options.duration("1h"));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse("rates"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--rates"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--duration", "5x"));
    }

    @Test
    void localhostIsTwoClientAddresses() {
        assertEquals(List.of("http://127.0.0.1:8084", "http://[::1]:8084"),
                Residents.clientAddresses("http://localhost:8084"));
        assertEquals(List.of("http://10.0.0.5:8084"), Residents.clientAddresses("http://10.0.0.5:8084"));
    }
}
