package vn.gov.daklak.feedback.security;

import vn.gov.daklak.contracts.report.IntakeChannel;

/**
 * Who is calling, as established from the {@code X-Api-Key} header: a citizen channel application, or the staff
 * console (with the staff member named in {@code X-Staff-Id}). Interim scheme until identity-service issues tokens.
 */
public record ApiPrincipal(Kind kind, IntakeChannel channel, String staffId) {
    public static final String ATTRIBUTE = "feedback.apiPrincipal";

    public enum Kind {
        CHANNEL, STAFF_CONSOLE
    }

    /** A stable name of the caller, e.g. {@code channel:ZALO} or {@code staff:can-bo-01}. */
    public String id() {
        return kind == Kind.CHANNEL ? "channel:" + channel : "staff:" + (staffId == null ? "" : staffId);
    }

    public IntakeChannel requireChannel() {
        if (kind != Kind.CHANNEL) {
            throw new ForbiddenException("Only citizen channel applications file reports");
        }
        return channel;
    }

    public String requireStaff() {
        if (kind != Kind.STAFF_CONSOLE || staffId == null || staffId.isBlank()) {
            throw new ForbiddenException("Staff actions need the staff console key and an X-Staff-Id header");
        }
        return staffId;
    }
}
