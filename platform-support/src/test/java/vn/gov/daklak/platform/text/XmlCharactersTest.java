package vn.gov.daklak.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharactersTest {

    @Test
    void vietnameseTextEmojiAndLineBreaksAreClean() {
        assertThat(XmlCharacters.isClean("Rác thải ùn ứ ở Buôn Ma Thuột 🚮\r\n\tĐắk Lắk")).isTrue();
    }

    @Test
    void controlCharactersNonCharactersAndLoneSurrogatesAreNot() {
        for (String bad : new String[] {"\u0000", "\u0001", "\u001B", "\u007F\uFFFE", "\uFFFF", "\uD800", "a\uDC00"}) {
            String text = "x" + bad;
            if (bad.startsWith("\u007F")) {
                assertThat(XmlCharacters.firstIllegal(text)).hasValue(2); // U+007F itself is allowed by XML 1.0
            } else {
                assertThat(XmlCharacters.firstIllegal(text)).as(bad).isPresent();
            }
        }
    }

    @Test
    void stripKeepsEverythingAllowedIncludingSurrogatePairs() {
        assertThat(XmlCharacters.strip("A\u0000B\uD800C🚮\uFFFED")).isEqualTo("ABC🚮D");
        String clean = "Đã xử lý";
        assertThat(XmlCharacters.strip(clean)).isSameAs(clean);
    }
}
