package vn.gov.daklak.routing.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;
import vn.gov.daklak.routing.casefile.DueCase;
import vn.gov.daklak.routing.casefile.EscalationStep;
import vn.gov.daklak.routing.casefile.RoutingCase;
import vn.gov.daklak.routing.casefile.RoutingCases;

/**
 * Takes the escalation steps that are due: team lead when a report is not acknowledged by its deadline, commune
 * chairman when it is not resolved by its deadline, province operations centre when it is still open a configured
 * period later. Deadlines live in the database (the escalation calendar), not in timers, so a restart loses
 * nothing; each step is claimed by
 * an atomic conditional update that also queues its {@code ReportEscalated}, so with any number of instances
 * scanning at once every step is published exactly once.
 */
public class EscalationScanner {
    private static final Logger log = LoggerFactory.getLogger(EscalationScanner.class);
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final RoutingCases cases;
    private final OutboxMessages messages;
    private final Clock clock;
    private final int batchSize;

    public EscalationScanner(RoutingCases cases, OutboxMessages messages, Clock clock, int batchSize) {
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Takes every step due now of the cases the escalation calendar holds for now, lowest level first, then files each
     * case under its next deadline; returns how many steps this instance took. A case whose step another instance
     * took meanwhile (or that changed) stays where it is and is looked at again by the next scan.
     */
    public int scan() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int taken = 0;
        for (DueCase due : cases.due(now, batchSize)) {
            RoutingCase c = due.routingCase();
            boolean settled = true;
            for (EscalationLevel level : EscalationLevel.values()) {
                if (c.isDue(level, now)) {
                    if (take(c, level, now)) {
                        taken++;
                    } else {
                        settled = false;
                    }
                }
            }
            if (settled) {
                cases.reschedule(due, c.nextEscalationAfter(now));
            }
        }
        return taken;
    }

    private boolean take(RoutingCase c, EscalationLevel level, Instant now) {
        Instant missed = c.deadlineOf(level);
        String reason = reason(c, level, missed);
        ReportEscalated event = new ReportEscalated(c.reportId(), level, reason, c.current().communeCode(),
                c.current().teamId(), missed, now);
        OutboxMessage message = messages.wrap(event, c.reportId(), c.lane());
        boolean claimed = cases.claim(c, new EscalationStep(level, now, missed, c.current().teamId(),
                c.current().communeCode(), reason, message.eventId()), message);
        if (claimed) {
            log.info("Report {} escalated to {} (deadline {} missed by team {})", c.reportId(), level, missed,
                    c.current().teamId());
        }
        return claimed;
    }

    static String reason(RoutingCase c, EscalationLevel level, Instant missed) {
        String team = c.current().teamName() == null ? c.current().teamId() : c.current().teamName();
        return switch (level) {
            case TEAM_LEAD -> "Quá hạn tiếp nhận (" + VI.format(missed) + "): " + team
                    + " chưa tiếp nhận phản ánh; báo Tổ trưởng.";
            case COMMUNE_CHAIRMAN -> "Quá hạn giải quyết (" + VI.format(missed) + "): " + team
                    + " chưa giải quyết xong; báo Chủ tịch UBND " + c.current().communeName() + ".";
            case PROVINCE_OPERATIONS -> "Vẫn chưa giải quyết sau hạn " + VI.format(c.deadlines().resolveBy())
                    + " và thời gian gia hạn (đến " + VI.format(missed)
                    + "); chuyển Trung tâm Giám sát, điều hành tỉnh.";
        };
    }
}
