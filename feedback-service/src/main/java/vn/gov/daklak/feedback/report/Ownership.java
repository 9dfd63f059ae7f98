package vn.gov.daklak.feedback.report;

/**
 * Who a report belongs to and who filed it, set once at intake.
 *
 * @param ownerId          the resident (token subject); null until a report filed for a resident is claimed
 * @param filedBy          who filed it for the resident (staff id or application client id); null when they did
 * @param assurance        the resident's sign-in assurance when filing ({@code acr}: phone, vneid-1, vneid-2); null
 *                         when filed for them
 * @param onBehalfPhoneKey keyed hash of the phone a report was filed for, to find it when that resident claims it
 */
public record Ownership(String ownerId, String filedBy, String assurance, String onBehalfPhoneKey) {
    static final Ownership NONE = new Ownership(null, null, null, null);
}
