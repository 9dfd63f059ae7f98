package vn.gov.daklak.notification.channels.sms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Vietnamese without diacritics, for SMS routes that take only GSM-7: "Phản ánh đã được tiếp nhận" becomes
 * "Phan anh da duoc tiep nhan". Typographic quotes and dashes become their ASCII forms.
 */
final class VietnameseFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VietnameseFolding() {
    }

    static String fold(String text) {
        String folded = text.replace('đ', 'd').replace('Đ', 'D')
                .replace('“', '"').replace('”', '"').replace('„', '"')
                .replace('‘', '\'').replace('’', '\'')
                .replace('–', '-').replace('—', '-')
                .replace('\u00A0', ' ')
                .replace("…", "...");
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }
}
