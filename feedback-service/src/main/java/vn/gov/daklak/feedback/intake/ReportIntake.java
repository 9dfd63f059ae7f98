package vn.gov.daklak.feedback.intake;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.Ownership;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.reference.Categories;

/**
 * Accepts a report: stores it and its {@code ReportSubmitted} event in one write. The one intake path for every
 * channel adapter (REST, Open311); callers validate the request first.
 */
@Service
public class ReportIntake {
    private static final int CODE_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

    private final Reports reports;
    private final OutboxMessages outbox;
    private final TrackingCodes trackingCodes;
    private final Clock clock;
    private final MeterRegistry meters;

    ReportIntake(Reports reports, OutboxMessages outbox, TrackingCodes trackingCodes, Clock clock,
                 MeterRegistry meters) {
        this.reports = reports;
        this.outbox = outbox;
        this.trackingCodes = trackingCodes;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Who filed a report: the resident who owns it ({@code ownerId}, a token subject; null when filed for a resident
     * who has yet to claim it), who filed it for them ({@code filedBy}), the resident's sign-in assurance ({@code acr}
     * value, null when nobody signed in as the resident) and the look-up key of the phone it was filed for.
     */
    public record Filing(IntakeChannel channel, String ownerId, String filedBy, String assurance,
                         String onBehalfPhoneKey) {
        /** A partner application files without a resident's sign-in (Open311). */
        public static Filing byPartner(IntakeChannel channel) {
            return new Filing(channel, null, null, null, null);
        }

        Ownership ownership() {
            return new Ownership(ownerId, filedBy, assurance, onBehalfPhoneKey);
        }
    }

    public Report submit(SubmitReportRequest request, IntakeChannel channel) {
        return submit(request, Filing.byPartner(channel));
    }

    public Report submit(SubmitReportRequest request, Filing filing) {
        IntakeChannel channel = filing.channel();
        String reportId = UUID.randomUUID().toString();
        for (int attempt = 1; ; attempt++) {
            ReportSubmitted submitted = toEvent(reportId, trackingCodes.next(), request, channel, filing.assurance());
            Report report = Report.accept(submitted, filing.ownership());
            List<OutboxMessage> events = report.takeRaisedEvents().stream()
                    .map(event -> outbox.wrap(event, reportId, report.lane())).toList();
            try {
                Report saved = reports.add(report, events);
                meters.counter("feedback.reports.submitted", "channel", channel.name(),
                        "category", submitted.categoryCode()).increment();
                // ids and codes only: never the reporter's name, phone, e-mail or the report's text
                log.info("Report {} filed via {} in category {}", reportId, channel, submitted.categoryCode());
                return saved;
            } catch (DuplicateKeyException e) {
                if (attempt == CODE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ReportSubmitted toEvent(String reportId, String trackingCode, SubmitReportRequest request,
                                    IntakeChannel channel, String assurance) {
        var location = request.location() == null ? null
                : new GeoPoint(request.location().lat(), request.location().lon());
        String categoryCode = Categories.byCode(request.category()).orElseThrow().code();
        return new ReportSubmitted(reportId, trackingCode, categoryCode, request.title().strip(),
                request.description().strip(), location, blankToNull(request.communeCode()),
                blankToNull(request.addressText()), channel,
                contact(request.contact()), clock.instant(), assurance);
    }

    /** The resident's contact as events carry it; the preferred channel defaults to Zalo, then SMS, then e-mail. */
    static ReporterContact contact(SubmitReportRequest.Reporter reporter) {
        Channel preferred = reporter.preferredChannel() != null ? reporter.preferredChannel()
                : reporter.zaloUserId() != null ? Channel.ZALO : reporter.phone() != null ? Channel.SMS : Channel.EMAIL;
        return new ReporterContact(blankToNull(reporter.name()), reporter.phone(), reporter.email(),
                reporter.zaloUserId(), preferred, reporter.language() == null ? "vi" : reporter.language());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
