package vn.gov.daklak.notification.channels.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A resident looks for their messages by the number they know; the sink kept it as the report gave it. */
class LocalSinkAddressTest {

    @Test
    void aMobileNumberIsFoundHoweverItIsWritten() {
        assertThat(MongoLocalSinkRepository.spellings("+84912000001"))
                .contains("0912000001", "84912000001", "+84912000001");
        assertThat(MongoLocalSinkRepository.spellings("0912000001"))
                .contains("0912000001", "84912000001", "+84912000001");
    }

    @Test
    void anythingElseIsMatchedAsGiven() {
        assertThat(MongoLocalSinkRepository.spellings("dan@example.vn")).containsExactly("dan@example.vn");
    }
}
