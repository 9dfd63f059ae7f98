package vn.gov.daklak.notification.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.report.ReportFollowerAdded;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.notification.dispatch.Dispatcher;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.recipients.Contact;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.recipients.ReportFollowers;
import vn.gov.daklak.notification.recipients.ReportFollowers.Follower;
import vn.gov.daklak.notification.recipients.ReporterContactUnknownException;
import vn.gov.daklak.notification.recipients.ResidentPreferences;
import vn.gov.daklak.notification.recipients.ResidentPreferencesStore;
import vn.gov.daklak.notification.recipients.ReporterContacts;
import vn.gov.daklak.notification.recipients.ReporterContacts.SequencedContact;
import vn.gov.daklak.notification.templates.Languages;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.notification.templates.TemplateKeys;
import vn.gov.daklak.notification.templates.TemplateRenderer;
import vn.gov.daklak.notification.templates.UnitNames;

/**
 * Tells the resident who filed a report about it: at submission, at routing and at each later step they see. The
 * report's followers ({@code report.follower-added}) are told of the same later steps, each in their own language,
 * except the team's questions (NEED_INFO), which are the reporter's to answer.
 */
@Service
public class ReportNotifier {
    private final ReporterContacts contacts;
    private final ReportFollowers followers;
    private final ResidentPreferencesStore preferences;
    private final TemplateRenderer renderer;
    private final Dispatcher dispatcher;
    private final Clock clock;

    ReportNotifier(ReporterContacts contacts, ReportFollowers followers, ResidentPreferencesStore preferences,
                   TemplateRenderer renderer, Dispatcher dispatcher, Clock clock) {
        this.contacts = contacts;
        this.followers = followers;
        this.preferences = preferences;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public void submitted(String eventId, ReportSubmitted event) {
        Contact contact = contactOf(event);
        Recipient recipient = reporter(event.reportId(), contact);
        RenderedMessage message = renderer.render(TemplateKeys.REPORT_RECEIVED,
                Languages.localeOf(recipient.language()), Map.of("trackingCode", event.trackingCode()));
        dispatcher.submit(Notification.pending(eventId, event.reportId(), recipient, message, 0, clock.instant()));
        // Only now is the contact visible to later events, so "received" is always created before any later step.
        contacts.remember(event.reportId(), contact);
    }

    public void routed(String eventId, ReportRouted event) {
        SequencedContact reporter = reporterOf(event.reportId());
        String unit = unit(event);
        notify(eventId, event.reportId(), reporter, TemplateKeys.REPORT_ROUTED, true, event.routedAt(), locale -> {
            Map<String, String> parameters = new HashMap<>();
            parameters.put("trackingCode", reporter.contact().trackingCode());
            parameters.put("unit", unit);
            parameters.put("deadline", renderer.dateTime(event.resolveBy(), locale));
            return parameters;
        });
        contacts.routed(event.reportId(), event.priority());
    }

    public void statusChanged(String eventId, ReportStatusChanged event) {
        Optional<String> templateKey = StatusMessages.templateFor(event.to());
        if (templateKey.isEmpty()) {
            return;
        }
        SequencedContact reporter = reporterOf(event.reportId());
        // the team's question is for the reporter to answer; every other step is told to the followers too
        boolean followersToo = !TemplateKeys.REPORT_NEED_INFO.equals(templateKey.get());
        notify(eventId, event.reportId(), reporter, templateKey.get(), followersToo, event.changedAt(),
                locale -> Map.of(
                        "trackingCode", reporter.contact().trackingCode(),
                        "note", renderer.note(event.note(), locale)));
    }

    /** Remembers a follower of the report, to be told of its later steps (once per event). */
    public void followerAdded(String eventId, ReportFollowerAdded event) {
        ReporterContact contact = event.follower();
        if (event.reportId() == null || event.reportId().isBlank() || contact == null) {
            throw new IllegalArgumentException("ReportFollowerAdded " + eventId + " lacks reportId or follower");
        }
        followers.add(new Follower(eventId, event.reportId(), contact.phone(), contact.email(),
                contact.zaloUserId(), contact.preferredChannel(), contact.language(), event.mergedFromReportId(),
                event.addedAt()));
    }

    /**
     * The reporter, then (if {@code followersToo}) each follower added by the time of the event ({@code at}), every
     * one with the parameters rendered in their language. Each (event, recipient) is one notification id, so a
     * redelivered event sends nothing new.
     */
    private void notify(String eventId, String reportId, SequencedContact reporter, String templateKey,
                        boolean followersToo, Instant at, Function<Locale, Map<String, String>> parameters) {
        send(eventId, reportId, reporter(reportId, reporter.contact()), templateKey, parameters, reporter.sequence());
        if (!followersToo) {
            return;
        }
        for (Follower follower : followers.of(reportId)) {
            boolean addedLater = at != null && follower.addedAt() != null && follower.addedAt().isAfter(at);
            if (addedLater || follower.samePersonAs(reporter.contact())) {
                continue;
            }
            send(eventId, reportId, follower(reportId, follower, reporter.contact().trackingCode()), templateKey,
                    parameters, reporter.sequence());
        }
    }

    private void send(String eventId, String reportId, Recipient recipient, String templateKey,
                      Function<Locale, Map<String, String>> parameters, long sequence) {
        Locale locale = Languages.localeOf(recipient.language());
        RenderedMessage message = renderer.render(templateKey, locale, parameters.apply(locale));
        dispatcher.submit(Notification.pending(eventId, reportId, recipient, message, sequence, clock.instant()));
    }

    /** A follower, reached as their own latest contact preferences say, if they have set any. */
    private Recipient follower(String reportId, Follower follower, String trackingCode) {
        Contact contact = follower.contactFor(trackingCode);
        ResidentPreferences current = contact.phone() == null && contact.email() == null ? null
                : preferences.findByContact(contact.phone(), contact.email()).orElse(null);
        return Recipient.followerOf(reportId, follower.personKey(), contact, current);
    }

    /** The resident as their latest contact preferences say, if they have set any. */
    private Recipient reporter(String reportId, Contact contact) {
        ResidentPreferences current = contact.phone() == null && contact.email() == null ? null
                : preferences.findByContact(contact.phone(), contact.email()).orElse(null);
        return Recipient.reporterOf(reportId, contact, current);
    }

    private SequencedContact reporterOf(String reportId) {
        return contacts.nextForReport(reportId).orElseThrow(() -> new ReporterContactUnknownException(reportId));
    }

    private static Contact contactOf(ReportSubmitted event) {
        ReporterContact reporter = event.reporter();
        if (reporter == null) {
            return Contact.anonymous(event.trackingCode());
        }
        return new Contact(event.trackingCode(), reporter.phone(), reporter.email(), reporter.zaloUserId(),
                reporter.preferredChannel(), reporter.language());
    }

    /** "Tổ công nghệ số cộng đồng, Phường Tân An": the team, then where it is. */
    static String unit(ReportRouted event) {
        return UnitNames.of(event);
    }
}
