package vn.gov.daklak.feedback.report;

import java.time.Instant;

import vn.gov.daklak.contracts.report.ReporterContact;

/**
 * A resident other than the reporter who is told of the report's updates: they followed it instead of filing the
 * same problem, or a team merged their report ({@code mergedFromReportId}) into this one.
 */
public record Follower(ReporterContact contact, String mergedFromReportId, Instant since) {

    /** Whether both contacts reach the same person (same phone, e-mail or Zalo id). */
    static boolean samePerson(ReporterContact a, ReporterContact b) {
        if (a == null || b == null) {
            return false;
        }
        return same(phone(a.phone()), phone(b.phone())) || same(lower(a.email()), lower(b.email()))
                || same(a.zaloUserId(), b.zaloUserId());
    }

    private static boolean same(String x, String y) {
        return x != null && x.equals(y);
    }

    private static String lower(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** 0912345678, 84912345678 and +84912345678 are one number. */
    private static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.startsWith("84") ? digits.substring(2) : digits.startsWith("0") ? digits.substring(1) : digits;
    }
}
