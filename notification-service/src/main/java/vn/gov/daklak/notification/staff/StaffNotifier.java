package vn.gov.daklak.notification.staff;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.notification.dispatch.Dispatcher;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.recipients.ReporterContactUnknownException;
import vn.gov.daklak.notification.recipients.ReporterContacts;
import vn.gov.daklak.notification.recipients.ReporterContacts.ReportSummary;
import vn.gov.daklak.notification.templates.Languages;
import vn.gov.daklak.notification.templates.TemplateKeys;
import vn.gov.daklak.notification.templates.TemplateRenderer;
import vn.gov.daklak.notification.templates.UnitNames;

/**
 * Tells staff what needs them: the team's members when a report is assigned to their team, the next rung of the
 * escalation ladder when a deadline is missed (team lead, the commune's chairman, province operations; if nobody holds
 * that role, the rung above), and the team when the resident answers its question. Urgent reports are urgent for staff
 * too (no quiet hours).
 */
@Service
public class StaffNotifier {
    static final Set<String> TEAM_ROLES = Set.of("TEAM_MEMBER", "TEAM_LEAD");
    private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);

    private final StaffDirectory staff;
    private final TeamCommunes teams;
    private final ReporterContacts reports;
    private final TemplateRenderer renderer;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final MeterRegistry meters;

    StaffNotifier(StaffDirectory staff, TeamCommunes teams, ReporterContacts reports, TemplateRenderer renderer,
                  Dispatcher dispatcher, Clock clock, MeterRegistry meters) {
        this.staff = staff;
        this.teams = teams;
        this.reports = reports;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.meters = meters;
    }

    public void assigned(String eventId, ReportRouted event) {
        teams.remember(event.teamId(), event.communeCode());
        List<StaffMember> members = staff.activeInTeams(List.of(event.teamId()), TEAM_ROLES);
        if (members.isEmpty()) {
            unaddressed("assignment", event.reportId(), "no active member in team " + event.teamId());
            return;
        }
        ReportSummary report = summary(event.reportId());
        Map<String, String> parameters = Map.of(
                "trackingCode", report.trackingCode(),
                "unit", UnitNames.of(event),
                "priority", label(TemplateKeys.PRIORITY_PREFIX, event.priority() == null ? Priority.NORMAL
                        : event.priority()),
                "deadline", renderer.dateTime(event.resolveBy(), Languages.VIETNAMESE));
        notifyAll(eventId, event.reportId(), members, TemplateKeys.STAFF_ASSIGNED, parameters,
                event.priority() == Priority.URGENT);
    }

    public void escalated(String eventId, ReportEscalated event) {
        ReportSummary report = summary(event.reportId());
        List<StaffMember> recipients = escalationRecipients(event);
        if (recipients.isEmpty()) {
            unaddressed("escalation", event.reportId(), "nobody holds " + event.level() + " or a role above it");
            return;
        }
        Map<String, String> parameters = Map.of(
                "trackingCode", report.trackingCode(),
                "level", label(TemplateKeys.ESCALATION_PREFIX, event.level()),
                "deadline", renderer.dateTime(event.missedDeadline(), Languages.VIETNAMESE),
                "reason", renderer.note(event.reason(), Languages.VIETNAMESE));
        notifyAll(eventId, event.reportId(), recipients, TemplateKeys.STAFF_ESCALATED, parameters,
                report.priority() == Priority.URGENT);
    }

    /** NEED_INFO → IN_PROGRESS by the resident: they answered, the team can go on. */
    public void citizenReplied(String eventId, ReportStatusChanged event) {
        if (event.from() != ReportStatus.NEED_INFO || event.to() != ReportStatus.IN_PROGRESS
                || !"CITIZEN".equalsIgnoreCase(event.actorRole())) {
            return;
        }
        if (event.teamId() == null) {
            unaddressed("citizen-reply", event.reportId(), "the status change names no team");
            return;
        }
        List<StaffMember> members = staff.activeInTeams(List.of(event.teamId()), TEAM_ROLES);
        if (members.isEmpty()) {
            unaddressed("citizen-reply", event.reportId(), "no active member in team " + event.teamId());
            return;
        }
        ReportSummary report = summary(event.reportId());
        notifyAll(eventId, event.reportId(), members, TemplateKeys.STAFF_CITIZEN_REPLIED, Map.of(
                "trackingCode", report.trackingCode(),
                "note", renderer.note(event.note(), Languages.VIETNAMESE)), report.priority() == Priority.URGENT);
    }

    private List<StaffMember> escalationRecipients(ReportEscalated event) {
        List<EscalationLevel> ladder = Arrays.asList(EscalationLevel.values());
        EscalationLevel level = event.level() == null ? EscalationLevel.TEAM_LEAD : event.level();
        for (EscalationLevel rung : ladder.subList(ladder.indexOf(level), ladder.size())) {
            List<StaffMember> found = switch (rung) {
                case TEAM_LEAD -> event.teamId() == null ? List.of()
                        : staff.activeInTeams(List.of(event.teamId()), Set.of("TEAM_LEAD"));
                case COMMUNE_CHAIRMAN -> staff.activeInTeams(teamsOfCommune(event), Set.of("COMMUNE_CHAIRMAN"));
                case PROVINCE_OPERATIONS -> staff.activeWithRole("PROVINCE_OPERATIONS");
            };
            if (!found.isEmpty()) {
                if (rung != level) {
                    log.warn("Escalation of report {} to {}: nobody holds that role, told {} instead",
                            event.reportId(), level, rung);
                }
                return found;
            }
        }
        return List.of();
    }

    private Set<String> teamsOfCommune(ReportEscalated event) {
        Set<String> ids = new LinkedHashSet<>(teams.teamsIn(event.communeCode()));
        if (event.teamId() != null) {
            ids.add(event.teamId());
        }
        return ids;
    }

    private void notifyAll(String eventId, String reportId, List<StaffMember> members, String templateKey,
                           Map<String, String> parameters, boolean urgent) {
        var message = renderer.render(templateKey, Languages.VIETNAMESE, parameters);
        for (StaffMember member : members) {
            dispatcher.submit(Notification.pending(eventId, reportId, member.asRecipient(), message, 0, urgent,
                    clock.instant()));
        }
    }

    private ReportSummary summary(String reportId) {
        return reports.summary(reportId).orElseThrow(() -> new ReporterContactUnknownException(reportId));
    }

    private String label(String prefix, Enum<?> value) {
        return renderer.label(prefix + value.name(), Languages.VIETNAMESE);
    }

    private void unaddressed(String what, String reportId, String why) {
        log.warn("No staff told of the {} of report {}: {}", what, reportId, why);
        meters.counter("notification.unaddressed", "kind", what).increment();
    }
}
