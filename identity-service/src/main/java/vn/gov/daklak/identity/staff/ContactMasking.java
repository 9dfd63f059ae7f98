package vn.gov.daklak.identity.staff;

/** Phone numbers and e-mail addresses as they may appear in logs and {@code toString()}: never in clear. */
final class ContactMasking {

    private ContactMasking() {
    }

    /** "+84912345678" becomes "+84*******78". */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 5 ? "***" : phone.substring(0, 3) + "*".repeat(phone.length() - 5)
                + phone.substring(phone.length() - 2);
    }

    /** "huong.nt@daklak.gov.vn" becomes "h***@daklak.gov.vn". */
    static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
