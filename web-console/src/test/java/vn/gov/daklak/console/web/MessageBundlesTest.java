package vn.gov.daklak.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text the pages show comes from both bundles, and the Vietnamese one is real Vietnamese (UTF-8 diacritics). */
class MessageBundlesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyATemplateUses() throws IOException {
        Properties vi = bundle("messages_vi.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());

        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(vi.stringPropertyNames()).containsAll(used);
    }

    @Test
    void theVietnameseTextsAreWrittenWithTheirDiacritics() throws IOException {
        Properties vi = bundle("messages_vi.properties");
        assertThat(vi.getProperty("app.name")).isEqualTo("Phản ánh hiện trường Đắk Lắk");
        assertThat(vi.getProperty("status.RESOLVED")).isEqualTo("Đã giải quyết");
        assertThat(vi.getProperty("problem.409")).contains("trạng thái");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
