package vn.gov.daklak.notification.recipients;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * Port: the residents who follow a report besides its reporter (from {@code report.follower-added}: they followed it
 * instead of filing it again, or a team merged their report into it). They are told of the report's public steps.
 */
public interface ReportFollowers {

    /** Stores the follower (added by the event {@code follower.eventId()}); false if that event was stored already. */
    boolean add(Follower follower);

    /** The report's followers, in the order they were added (one per person). */
    List<Follower> of(String reportId);

    /**
     * One follower of a report and how to reach them, as {@code report.follower-added} carried it.
     *
     * @param eventId            the {@code report.follower-added} event that added them
     * @param mergedFromReportId the report merged into this one whose reporter they are; null if they followed it
     */
    record Follower(String eventId, String reportId, String phone, String email, String zaloUserId,
                    Channel preferredChannel, String language, String mergedFromReportId, Instant addedAt) {

        /** Their contact for this report: the report's tracking code, their own addresses and language. */
        public Contact contactFor(String trackingCode) {
            return new Contact(trackingCode, phone, email, zaloUserId, preferredChannel, language);
        }

        /**
         * Who they are, whichever event named them: their mobile number (84…), else their e-mail, else their Zalo
         * id, else the event that added them.
         */
        public String personKey() {
            return personKey(phone, email, zaloUserId, eventId);
        }

        static String personKey(String phone, String email, String zaloUserId, String otherwise) {
            var mobile = PhoneNumbers.international(phone);
            if (mobile.isPresent()) {
                return "tel:" + mobile.get();
            }
            if (phone != null && !phone.isBlank()) {
                return "tel:" + phone.replaceAll("\\D", "");
            }
            if (email != null && !email.isBlank()) {
                return "mailto:" + email.strip().toLowerCase(Locale.ROOT);
            }
            if (zaloUserId != null && !zaloUserId.isBlank()) {
                return "zalo:" + zaloUserId.strip();
            }
            return "event:" + otherwise;
        }

        /** Whether {@code contact} (e.g. the reporter's) reaches the same person by phone, e-mail or Zalo id. */
        public boolean samePersonAs(Contact contact) {
            if (contact == null) {
                return false;
            }
            return same(personKey(phone, null, null, null), personKey(contact.phone(), null, null, null), "tel:")
                    || same(personKey(null, email, null, null), personKey(null, contact.email(), null, null), "mailto:")
                    || same(personKey(null, null, zaloUserId, null),
                            personKey(null, null, contact.zaloUserId(), null), "zalo:");
        }

        private static boolean same(String a, String b, String prefix) {
            return a.startsWith(prefix) && a.equals(b);
        }
    }
}
