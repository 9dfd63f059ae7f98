package vn.gov.daklak.identity.contact;

import java.util.regex.Pattern;

/** Vietnamese phone numbers, stored in E.164 form (+84…) because that is what SMS and Zalo gateways take. */
public final class PhoneNumbers {
    /** Accepted input after removing spaces, dots and dashes: 0xxxxxxxxx, 84xxxxxxxxx or +84xxxxxxxxx. */
    public static final String INPUT_PATTERN = "^\\s*(\\+?84|0)[\\s.-]*[1-9]([\\s.-]*\\d){8,9}\\s*$";
    public static final String RULE = "must be a Vietnamese phone number, e.g. 0912345678 or +84912345678";

    private static final Pattern INPUT = Pattern.compile(INPUT_PATTERN);

    private PhoneNumbers() {
    }

    public static boolean isValid(String phone) {
        return phone != null && INPUT.matcher(phone).matches();
    }

    /** E.164 form; null stays null; anything that is not a Vietnamese number is an {@link IllegalArgumentException}. */
    public static String normalize(String phone) {
        if (phone == null) {
            return null;
        }
        if (!isValid(phone)) {
            throw new IllegalArgumentException("phone " + RULE);
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return "+84" + (digits.startsWith("84") ? digits.substring(2) : digits.substring(1));
    }
}
