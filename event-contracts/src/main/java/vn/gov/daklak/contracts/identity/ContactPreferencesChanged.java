package vn.gov.daklak.contracts.identity;

import java.time.Instant;

import vn.gov.daklak.contracts.notification.Channel;

/** A resident changed how they want to be reached. Key: the resident id. Quiet hours are local (Asia/Ho_Chi_Minh). */
public record ContactPreferencesChanged(String residentId, Channel preferredChannel, String phone, String email,
                                        String zaloUserId, String language, String quietHoursStart,
                                        String quietHoursEnd, Instant changedAt) {
}
