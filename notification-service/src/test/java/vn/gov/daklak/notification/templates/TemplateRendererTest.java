package vn.gov.daklak.notification.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TemplateRendererTest {
    private static final Locale VI = Languages.VIETNAMESE;
    private final TemplateRenderer renderer = TestTemplates.renderer();

    @Test
    void receivedIsVietnameseWithExactDiacritics() {
        RenderedMessage message = renderer.render(TemplateKeys.REPORT_RECEIVED, VI,
                Map.of("trackingCode", "DL-7K2M9QX"));

        assertThat(message.text()).isEqualTo("Phản ánh của bạn đã được tiếp nhận. Mã theo dõi: DL-7K2M9QX. "
                + "Chúng tôi sẽ thông báo cho bạn ở mỗi bước xử lý.");
        assertThat(Normalizer.isNormalized(message.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(message.templateKey()).isEqualTo("report.received");
        assertThat(message.parameters()).containsEntry("trackingCode", "DL-7K2M9QX");
    }

    @Test
    void deadlineIsShownInVietnamTimeWhateverTheServerZone() {
        // 10:00 UTC is 17:00 in Asia/Ho_Chi_Minh (UTC+7); the build runs with -Duser.timezone=UTC
        Instant resolveBy = Instant.parse("2026-12-02T10:00:00Z");

        assertThat(renderer.dateTime(resolveBy, VI)).isEqualTo("17:00 ngày 02/12/2026");
        assertThat(renderer.dateTime(resolveBy, Locale.ENGLISH)).isEqualTo("17:00 on 2 December 2026");
        // late evening UTC is already the next day in Vietnam
        assertThat(renderer.dateTime(Instant.parse("2026-12-31T20:30:00Z"), VI)).isEqualTo("03:30 ngày 01/01/2027");
    }

    @Test
    void routedNamesTheUnitAndTheDeadline() {
        String text = renderer.render(TemplateKeys.REPORT_ROUTED, VI, Map.of(
                "trackingCode", "DL-7K2M9QX",
                "unit", "Tổ công nghệ số cộng đồng, Phường Buôn Ma Thuột",
                "deadline", renderer.dateTime(Instant.parse("2026-12-02T10:00:00Z"), VI))).text();

        assertThat(text).isEqualTo("Phản ánh DL-7K2M9QX đã được chuyển đến Tổ công nghệ số cộng đồng, Phường Buôn Ma "
                + "Thuột. Thời hạn giải quyết: 17:00 ngày 02/12/2026.");
    }

    @Test
    void englishWhenAskedFor() {
        Locale en = Languages.localeOf("en");

        assertThat(renderer.render(TemplateKeys.REPORT_RESOLVED, en,
                Map.of("trackingCode", "DL-7K2M9QX", "note", "The pothole was filled.")).text())
                .isEqualTo("Report DL-7K2M9QX has been resolved. What was done: “The pothole was filled.”. If you "
                        + "are not satisfied, you can ask for it to be reopened.");
        assertThat(renderer.render(TemplateKeys.OTP_CODE, en, Map.of("code", "482913")).text())
                .isEqualTo("Your verification code is 482913. Do not share this code with anyone.");
    }

    @Test
    void statusTextsCarryTheStaffNote() {
        assertThat(renderer.render(TemplateKeys.REPORT_REJECTED, VI,
                Map.of("trackingCode", "DL-1", "note", "Không thuộc thẩm quyền của xã")).text())
                .isEqualTo("Phản ánh DL-1 không được tiếp nhận giải quyết. Lý do: “Không thuộc thẩm quyền của xã”.");
        assertThat(renderer.render(TemplateKeys.REPORT_NEED_INFO, VI,
                Map.of("trackingCode", "DL-1", "note", renderer.note("  ", VI))).text())
                .contains("Cán bộ hỏi: “không có nội dung”.");
    }

    @Test
    void languageOtherThanEnglishMeansVietnamese() {
        assertThat(Languages.localeOf(null)).isEqualTo(VI);
        assertThat(Languages.localeOf("vi")).isEqualTo(VI);
        assertThat(Languages.localeOf("fr")).isEqualTo(VI);
        assertThat(Languages.localeOf("en-US")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.localeOf("EN")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void missingParameterOrTemplateIsRefused() {
        assertThatThrownBy(() -> renderer.render(TemplateKeys.OTP_CODE, VI, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'code'");
        assertThatThrownBy(() -> renderer.render("no.such.template", VI, Map.of()))
                .isInstanceOf(UnknownTemplateException.class).hasMessageContaining("no.such.template");
    }

    @Test
    void parameterValuesAreInsertedLiterally() {
        assertThat(renderer.render(TemplateKeys.OTP_CODE, VI, Map.of("code", "$1 {code}")).text())
                .startsWith("Mã xác thực của bạn là $1 {code}.");
    }

    @Test
    void bothLanguagesHaveEveryTemplateWithTheSamePlaceholders() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).contains("report.received", "report.routed", "report.acknowledged",
                "report.need-info", "report.resolved", "report.rejected", "report.reopened", "report.closed",
                "report.transferred", "otp.code");
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(vi.getProperty(key)));
            assertThat(Normalizer.isNormalized(vi.getProperty(key), Normalizer.Form.NFC)).as(key).isTrue();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(TemplateRendererTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
