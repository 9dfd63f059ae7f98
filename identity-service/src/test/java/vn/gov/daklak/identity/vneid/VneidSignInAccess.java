package vn.gov.daklak.identity.vneid;

import tools.jackson.databind.JsonNode;

/** {@link VneidSignIn} for tests of other packages. */
public final class VneidSignInAccess {

    private VneidSignInAccess() {
    }

    public static JsonNode signIn(String base, String nationalId, String fullName, String phone, String level)
            throws Exception {
        return new VneidSignIn(base).signIn(nationalId, fullName, phone, level);
    }
}
