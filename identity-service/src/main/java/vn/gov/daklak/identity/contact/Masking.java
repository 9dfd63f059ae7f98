package vn.gov.daklak.identity.contact;

/** Personal data as it may appear in logs and {@code toString()}: never in clear. */
public final class Masking {

    private Masking() {
    }

    /** "+84912345678" becomes "+84*******78". */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 5 ? "***" : phone.substring(0, 3) + "*".repeat(phone.length() - 5)
                + phone.substring(phone.length() - 2);
    }

    /** "huong.nt@daklak.gov.vn" becomes "h***@daklak.gov.vn". */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** A national ID number (12 digits) keeps only its last three: "*********789". */
    public static String nationalId(String nationalId) {
        if (nationalId == null) {
            return null;
        }
        return nationalId.length() <= 3 ? "***" : "*".repeat(nationalId.length() - 3)
                + nationalId.substring(nationalId.length() - 3);
    }
}
