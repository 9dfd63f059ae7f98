package vn.gov.daklak.identity.staff;

import java.util.List;

/** What signing in needs to know of a staff account: who, which roles and teams, and the phone codes go to. */
public record StaffAccount(String staffId, List<String> roles, List<String> teamIds, String phone, boolean active) {

    @Override
    public String toString() {
        return "StaffAccount[" + staffId + "]";
    }
}
