package vn.gov.daklak.contracts.identity;

import java.time.Instant;
import java.util.List;

import vn.gov.daklak.contracts.notification.Channel;

/** A staff account was created or changed: its roles, teams and how to reach it. Key: the staff id. */
public record StaffMemberUpserted(String staffId, String displayName, List<String> roles, List<String> teamIds,
                                  Channel preferredChannel, String phone, String email, boolean active,
                                  Instant updatedAt) {
}
