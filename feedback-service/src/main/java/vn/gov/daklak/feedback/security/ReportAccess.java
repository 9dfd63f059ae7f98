package vn.gov.daklak.feedback.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.daklak.platform.security.Caller;

/**
 * Who may see and do what to a report or a team's queue, from the caller's token. Controllers call it; a refusal is a
 * {@link ForbiddenException} (403 problem details). {@link SecurityConfiguration} has already let through only the
 * right kind of caller for each endpoint.
 * <ul>
 * <li>a resident: only the reports they own (filed with their token, or claimed by their phone number);</li>
 * <li>working staff ({@link #isWorkingStaff}) on a report: {@link Caller#mayWorkOn} its current team and commune
 * (member of the team, chairman of its commune, province operations or administrators);</li>
 * <li>giving a report to a team member: the lead of its current team, or province-wide staff;</li>
 * <li>a team's queue: its members, the chairman of its commune (from the team id {@code 66-<commune>-<TYPE>}),
 * province-wide staff.</li>
 * </ul>
 */
@Component
public class ReportAccess {
    private static final Pattern COMMUNE_TEAM = Pattern.compile("66-(\\d{5})-[A-Z0-9_]+");

    /** A staff member whose roles work on reports (an OPS_VIEWER alone does not). */
    public static boolean isWorkingStaff(Caller caller) {
        return caller.isStaff() && caller.hasAnyRole(Caller.TEAM_MEMBER, Caller.TEAM_LEAD, Caller.COMMUNE_CHAIRMAN,
                Caller.PROVINCE_OPERATIONS, Caller.PROVINCE_ADMIN);
    }

    /** A channel application acting for itself that files for residents (the hotline console). */
    public static boolean isFilingApplication(Caller caller) {
        return caller.isApplication() && caller.hasRole(Caller.CHANNEL_APP);
    }

    /** Residents file for themselves; working staff and filing applications file for a resident. */
    public static boolean mayFile(Caller caller) {
        return caller.isResident() || isWorkingStaff(caller) || isFilingApplication(caller);
    }

    public boolean isOwner(Caller caller, ProtectedReport report) {
        return caller.isResident() && report.ownerId() != null && report.ownerId().equals(caller.subject());
    }

    public boolean mayWorkOn(Caller caller, ProtectedReport report) {
        return isWorkingStaff(caller) && caller.mayWorkOn(report.currentTeamId(), report.currentCommuneCode());
    }

    /** The resident's own report; anything else is refused. */
    public void requireOwner(Caller caller, ProtectedReport report) {
        if (!isOwner(caller, report)) {
            throw new ForbiddenException("This report is not yours: a resident sees and acts on their own reports only");
        }
    }

    /** A team action: the caller works on the report's current team or commune, or province-wide. */
    public void requireWorkOn(Caller caller, ProtectedReport report) {
        if (!mayWorkOn(caller, report)) {
            // never which team: a refusal must not tell a caller who holds a report they may not see
            throw new ForbiddenException("Only staff of the team that has this report, the chairman of its commune "
                    + "or province operations may do this");
        }
    }

    /** Reading a report: its owner or staff who may work on it. */
    public void requireView(Caller caller, ProtectedReport report) {
        if (!isOwner(caller, report) && !mayWorkOn(caller, report)) {
            throw new ForbiddenException(caller.isResident()
                    ? "This report is not yours: a resident sees their own reports only (others by tracking code)"
                    : "Only staff of the team that has this report, the chairman of its commune or province "
                            + "operations may see it");
        }
    }

    /** Giving the report to a team member: the lead of its current team, or province-wide staff. */
    public void requireLeadOf(Caller caller, ProtectedReport report) {
        boolean lead = caller.isStaff() && caller.hasRole(Caller.TEAM_LEAD) && caller.memberOf(report.currentTeamId());
        if (!lead && !caller.isProvinceWide()) {
            throw new ForbiddenException("Only the lead of the team that has this report or province operations may "
                    + "give this report to a member");
        }
    }

    /** A team's queue and its live stream. */
    public void requireQueue(Caller caller, String teamId) {
        if (!mayReadQueue(caller, teamId)) {
            throw new ForbiddenException("Only members of team " + teamId
                    + ", the chairman of its commune or province operations may see its queue");
        }
    }

    static boolean mayReadQueue(Caller caller, String teamId) {
        return isWorkingStaff(caller) && (caller.isProvinceWide() || caller.memberOf(teamId)
                || communeOf(teamId).map(caller::chairs).orElse(false));
    }

    /** The commune of a commune-level team ({@code 66-24121-CDS} → {@code 24121}); empty for province teams. */
    static Optional<String> communeOf(String teamId) {
        Matcher matcher = teamId == null ? null : COMMUNE_TEAM.matcher(teamId);
        return matcher != null && matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
