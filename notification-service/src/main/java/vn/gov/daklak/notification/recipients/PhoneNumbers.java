package vn.gov.daklak.notification.recipients;

import java.util.Optional;

/**
 * Vietnamese mobile numbers as the providers want them: {@code 84} and the nine digits after the trunk {@code 0}
 * ({@code 0912 345 678}, {@code +84912345678} and {@code 84912345678} are all {@code 84912345678}).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** @return empty when it is not a Vietnamese mobile number */
    public static Optional<String> international(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip();
        boolean plus = digits.startsWith("+");
        digits = digits.replaceAll("[\\s.()-]", "");
        if (plus) {
            digits = digits.substring(1);
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String national;
        if (digits.startsWith("84") && digits.length() == 11) {
            national = digits.substring(2);
        } else if (!plus && digits.startsWith("0") && digits.length() == 10) {
            national = digits.substring(1);
        } else {
            return Optional.empty();
        }
        // mobile prefixes start with 3, 5, 7, 8 or 9
        return "35789".indexOf(national.charAt(0)) >= 0 ? Optional.of("84" + national) : Optional.empty();
    }
}
