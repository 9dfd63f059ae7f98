package vn.gov.daklak.notification.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
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
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.TestTemplates;
import vn.gov.daklak.platform.events.RetryableEventException;
import vn.gov.daklak.platform.test.MutableClock;

class StaffNotifierTest {
    private static final String TEAM = "66-24133-CDS";
    private static final String OTHER_TEAM_OF_THE_COMMUNE = "66-24133-PUN";

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final ReporterContacts reports = mock(ReporterContacts.class);
    private final Dispatcher dispatcher = mock(Dispatcher.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final StaffNotifier notifier = new StaffNotifier(directory, directory, reports, TestTemplates.renderer(),
            dispatcher, new MutableClock(Instant.parse("2026-11-28T03:00:00Z")), meters);

    @BeforeEach
    void staffAndReport() {
        directory.apply(member("cb-1", Set.of("TEAM_MEMBER"), TEAM, Channel.SMS, true));
        directory.apply(member("tt-1", Set.of("TEAM_LEAD"), TEAM, Channel.EMAIL, true));
        directory.apply(member("cb-old", Set.of("TEAM_MEMBER"), TEAM, Channel.SMS, false));
        directory.apply(member("cb-9", Set.of("TEAM_MEMBER"), "66-26734-CDS", Channel.SMS, true));
        directory.apply(member("ct-1", Set.of("COMMUNE_CHAIRMAN"), OTHER_TEAM_OF_THE_COMMUNE, Channel.ZALO, true));
        directory.apply(member("dh-1", Set.of("PROVINCE_OPERATIONS"), "66-PROVINCE-TRIAGE", null, true));
        when(reports.summary("r-1")).thenReturn(Optional.of(new ReportSummary("DL-7K2M9QX", Priority.NORMAL)));
    }

    @Test
    void activeMembersOfTheAssignedTeamAreToldInVietnamese() {
        notifier.assigned("ev-1", routed(Priority.NORMAL));

        List<Notification> sent = submitted();
        assertThat(sent).extracting(Notification::recipientId).containsExactlyInAnyOrder("cb-1", "tt-1");
        assertThat(sent).allSatisfy(n -> {
            assertThat(n.recipientKind()).isEqualTo(RecipientKind.STAFF);
            assertThat(n.templateKey()).isEqualTo("staff.assigned");
            assertThat(n.urgent()).isFalse();
            assertThat(n.text()).isEqualTo("Phản ánh mới DL-7K2M9QX được giao cho Tổ công nghệ số cộng đồng, Phường "
                    + "Buôn Ma Thuột. Mức độ ưu tiên: bình thường. Hạn giải quyết: 17:00 ngày 02/12/2026.");
        });
        Notification lead = sent.stream().filter(n -> n.recipientId().equals("tt-1")).findFirst().orElseThrow();
        assertThat(lead.plan().routes()).containsExactly(new Route(Channel.EMAIL, "tt-1@daklak.gov.vn"),
                new Route(Channel.SMS, "0987000001"), new Route(Channel.IN_APP, "tt-1"));
        assertThat(lead.plan().inboxKeys()).contains("staff:tt-1");
    }

    @Test
    void urgentReportsReachStaffEvenInQuietHours() {
        notifier.assigned("ev-1", routed(Priority.URGENT));

        assertThat(submitted()).allSatisfy(n -> {
            assertThat(n.urgent()).isTrue();
            assertThat(n.text()).contains("Mức độ ưu tiên: khẩn cấp.");
        });
    }

    @Test
    void anAssignmentOfAReportWhoseSubmissionWasNotHandledHereIsNotRetried() {
        when(reports.summary("r-1")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> notifier.assigned("ev-1", routed(Priority.NORMAL)))
                .isInstanceOf(ReporterContactUnknownException.class)
                .isNotInstanceOf(RetryableEventException.class);
        verifyNoInteractions(dispatcher);
    }

    @Test
    void escalationGoesUpTheLadderByLevel() {
        notifier.assigned("ev-0", routed(Priority.NORMAL));
        // the commune's other team was seen in a routing: that is how its chairman is found
        directory.remember(OTHER_TEAM_OF_THE_COMMUNE, "24133");

        notifier.escalated("ev-1", escalated(EscalationLevel.TEAM_LEAD));
        notifier.escalated("ev-2", escalated(EscalationLevel.COMMUNE_CHAIRMAN));
        notifier.escalated("ev-3", escalated(EscalationLevel.PROVINCE_OPERATIONS));

        List<Notification> escalations = submitted().stream()
                .filter(n -> n.templateKey().equals("staff.escalated")).toList();
        assertThat(escalations).extracting(Notification::recipientId).containsExactly("tt-1", "ct-1", "dh-1");
        assertThat(escalations.get(1).text()).isEqualTo("Phản ánh DL-7K2M9QX đã quá hạn (17:00 ngày 02/12/2026) và "
                + "được chuyển lên Chủ tịch UBND xã, phường. Lý do: Quá hạn xử lý 3 ngày.");
        assertThat(escalations.get(1).channel()).isEqualTo(Channel.ZALO);
    }

    @Test
    void whenNobodyHoldsTheRoleTheRungAboveIsTold() {
        directory.apply(member("tt-1", Set.of("TEAM_MEMBER"), TEAM, Channel.EMAIL, true, Instant.parse(
                "2026-11-28T00:00:00Z"))); // no longer lead

        notifier.escalated("ev-1", escalated(EscalationLevel.TEAM_LEAD));

        // the chairman sits in another team of the commune, not yet seen in a routing: province operations
        assertThat(submitted()).extracting(Notification::recipientId).containsExactly("dh-1");
    }

    @Test
    void theTeamHearsWhenTheResidentAnswersItsQuestion() {
        notifier.citizenReplied("ev-1", status(ReportStatus.NEED_INFO, ReportStatus.IN_PROGRESS, "CITIZEN",
                "Ảnh đã gửi qua ứng dụng."));
        notifier.citizenReplied("ev-2", status(ReportStatus.NEED_INFO, ReportStatus.IN_PROGRESS, "TEAM_MEMBER", null));
        notifier.citizenReplied("ev-3", status(ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, "CITIZEN", null));

        List<Notification> sent = submitted();
        assertThat(sent).extracting(Notification::recipientId).containsExactlyInAnyOrder("cb-1", "tt-1");
        assertThat(sent.get(0).text()).isEqualTo("Người dân đã bổ sung thông tin cho phản ánh DL-7K2M9QX: “Ảnh đã "
                + "gửi qua ứng dụng.”. Đề nghị tiếp tục xử lý.");
    }

    @Test
    void aTeamWithoutMembersIsCountedNotSilentlyIgnored() {
        notifier.assigned("ev-1", new ReportRouted("r-1", "26734", "Xã Ea Kao", "66-EMPTY", "Tổ trống", "UTILITY",
                "COMMUNE_CODE", "rule-1", "Theo mã", Priority.NORMAL, null, null, Instant.EPOCH));

        verifyNoInteractions(dispatcher);
        assertThat(meters.counter("notification.unaddressed", "kind", "assignment").count()).isEqualTo(1.0);
    }

    private List<Notification> submitted() {
        ArgumentCaptor<Notification> captor = ArgumentCaptor.forClass(Notification.class);
        verify(dispatcher, atLeast(1)).submit(captor.capture());
        return captor.getAllValues();
    }

    private static StaffMember member(String id, Set<String> roles, String team, Channel preferred, boolean active) {
        return member(id, roles, team, preferred, active, Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static StaffMember member(String id, Set<String> roles, String team, Channel preferred, boolean active,
                                      Instant updatedAt) {
        return new StaffMember(id, "Cán bộ " + id, roles, List.of(team), preferred, "0987000001",
                id + "@daklak.gov.vn", active, updatedAt);
    }

    private static ReportRouted routed(Priority priority) {
        return new ReportRouted("r-1", "24133", "Phường Buôn Ma Thuột", TEAM, "Tổ công nghệ số cộng đồng",
                "COMMUNITY_DIGITAL", "POINT_IN_POLYGON", "rule-1", "Theo vị trí", priority,
                Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-11-28T03:00:00Z"));
    }

    private static ReportEscalated escalated(EscalationLevel level) {
        return new ReportEscalated("r-1", level, "Quá hạn xử lý 3 ngày", "24133", TEAM,
                Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-05T10:00:00Z"));
    }

    private static ReportStatusChanged status(ReportStatus from, ReportStatus to, String role, String note) {
        return new ReportStatusChanged("r-1", from, to, role.equals("CITIZEN") ? "citizen" : "cb-1", role, note, TEAM,
                Instant.parse("2026-11-28T04:00:00Z"));
    }

    /** Both directory ports, with the MongoDB adapter's semantics (newer wins), in memory. */
    static final class InMemoryDirectory implements StaffDirectory, TeamCommunes {
        private final Map<String, StaffMember> members = new HashMap<>();
        private final Map<String, String> communes = new HashMap<>();

        @Override
        public void apply(StaffMember member) {
            members.merge(member.staffId(), member, (old, now) -> now.updatedAt().isAfter(old.updatedAt()) ? now : old);
        }

        @Override
        public List<StaffMember> activeInTeams(Collection<String> teamIds, Collection<String> roles) {
            return members.values().stream().filter(StaffMember::active)
                    .filter(m -> m.teamIds().stream().anyMatch(teamIds::contains))
                    .filter(m -> m.roles().stream().anyMatch(roles::contains))
                    .sorted(java.util.Comparator.comparing(StaffMember::staffId)).toList();
        }

        @Override
        public List<StaffMember> activeWithRole(String role) {
            return members.values().stream().filter(StaffMember::active).filter(m -> m.roles().contains(role))
                    .toList();
        }

        @Override
        public void remember(String teamId, String communeCode) {
            communes.put(teamId, communeCode);
        }

        @Override
        public List<String> teamsIn(String communeCode) {
            List<String> teams = new ArrayList<>();
            communes.forEach((team, commune) -> {
                if (commune.equals(communeCode)) {
                    teams.add(team);
                }
            });
            return teams;
        }
    }
}
