package vn.gov.daklak.identity.privacy;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The safety net under "never log personal data": every log message (ours and the libraries') has Vietnamese phone
 * numbers and 12-digit national ID numbers masked before it is written. Code still must not log them; this catches a
 * mistake (an exception message quoting a request, a library's debug line). Wired in {@code logback-spring.xml}.
 */
public class MaskingMessageConverter extends MessageConverter {
    /** +84 / 84 / 0 followed by 9 or 10 digits, not inside a longer run of digits. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+84|84|0)([1-9]\\d{6,7})(\\d{2})(?!\\d)");
    /** Citizen identity card numbers (CCCD): exactly 12 digits. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![\\d-])\\d{9}(\\d{3})(?![\\d-])");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    static String mask(String message) {
        if (message == null) {
            return null;
        }
        String masked = PHONE.matcher(message).replaceAll(m -> "+84" + "*".repeat(m.group(1).length()) + m.group(2));
        return NATIONAL_ID.matcher(masked).replaceAll(m -> "*********" + m.group(1));
    }
}
