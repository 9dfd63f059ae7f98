package vn.gov.daklak.notification.staff;

import java.util.Collection;
import java.util.List;

/** Port: the staff directory as last published by identity-service. */
public interface StaffDirectory {

    /** Stores the member unless a newer description (by {@code updatedAt}) is stored already. */
    void apply(StaffMember member);

    /** Active members of the team holding any of {@code roles}. */
    List<StaffMember> activeInTeams(Collection<String> teamIds, Collection<String> roles);

    /** Active members holding {@code role}, whatever their team. */
    List<StaffMember> activeWithRole(String role);
}
