package vn.gov.daklak.identity.clients;

import java.util.Set;

/** The scopes a channel application may be given. Scopes limit the application; roles in the token limit the person. */
public final class PlatformScopes {
    public static final Set<String> ALL = Set.of(
            "openid", "profile", "phone",
            "feedback.submit",   // file reports
            "feedback.read",     // read and track reports (a resident's own, a team's queue: the role decides)
            "feedback.manage",   // staff actions on reports
            "identity.me",       // a resident's own account: export, delete
            "identity.admin",    // staff, teams, applications, keys (with the PROVINCE_ADMIN role)
            "open311");          // the Open311 GeoReport v2 API for partners

    private PlatformScopes() {
    }
}
