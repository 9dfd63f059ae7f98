package vn.gov.daklak.notification.templates;

import vn.gov.daklak.contracts.report.ReportRouted;

/** How a unit is named in messages: "Tổ công nghệ số cộng đồng, Phường Tân An", the team, then where it is. */
public final class UnitNames {

    private UnitNames() {
    }

    public static String of(ReportRouted event) {
        String team = event.teamName() == null || event.teamName().isBlank() ? null : event.teamName().strip();
        String commune = event.communeName() == null || event.communeName().isBlank() ? null
                : event.communeName().strip();
        if (team == null) {
            return commune == null ? event.teamId() : commune;
        }
        return commune == null ? team : team + ", " + commune;
    }
}
