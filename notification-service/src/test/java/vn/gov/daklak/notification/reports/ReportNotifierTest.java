package vn.gov.daklak.notification.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.platform.test.MutableClock;
import vn.gov.daklak.notification.dispatch.Dispatcher;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.recipients.Contact;
import vn.gov.daklak.notification.recipients.ReporterContactUnknownException;
import vn.gov.daklak.notification.recipients.ReportFollowers;
import vn.gov.daklak.notification.recipients.ReporterContacts;
import vn.gov.daklak.notification.recipients.ResidentPreferences;
import vn.gov.daklak.notification.recipients.ResidentPreferencesStore;
import vn.gov.daklak.notification.recipients.ReporterContacts.SequencedContact;
import vn.gov.daklak.notification.templates.TestTemplates;
import vn.gov.daklak.platform.events.RetryableEventException;

class ReportNotifierTest {
    private static final Contact CONTACT = new Contact("DL-7K2M9QX", "0912345678", null, null, Channel.SMS, "vi");

    private final ReporterContacts contacts = mock(ReporterContacts.class);
    private final Dispatcher dispatcher = mock(Dispatcher.class);
    private final ResidentPreferencesStore preferences = mock(ResidentPreferencesStore.class);
    private final ReportFollowers followers = mock(ReportFollowers.class);
    private final ReportNotifier notifier = new ReportNotifier(contacts, followers, preferences,
            TestTemplates.renderer(),
            dispatcher, new MutableClock(Instant.parse("2026-11-28T03:00:00Z")));

    @Test
    void receivedIsCreatedBeforeTheContactBecomesVisibleToLaterSteps() {
        notifier.submitted("ev-1", submitted(new ReporterContact("Hoa", "0912345678", null, null, Channel.SMS, "vi")));

        InOrder order = inOrder(dispatcher, contacts);
        order.verify(dispatcher).submit(any());
        order.verify(contacts).remember("r-1", CONTACT);
    }

    @Test
    void anonymousReporterIsToldInApp() {
        notifier.submitted("ev-1", submitted(null));

        Notification received = submittedNotification();
        assertThat(received.channel()).isEqualTo(Channel.IN_APP);
        assertThat(received.address()).isEqualTo("DL-7K2M9QX");
        assertThat(received.sequence()).isZero();
    }

    @Test
    void residentsContactPreferencesDecideTheChannelAndLanguage() {
        when(preferences.findByContact("0912345678", null)).thenReturn(Optional.of(new ResidentPreferences("res-1",
                Channel.ZALO, null, "hoa@example.vn", null, "en", null, Instant.EPOCH)));

        notifier.submitted("ev-1", submitted(new ReporterContact("Hoa", "0912345678", null, null, Channel.SMS, "vi")));

        Notification received = submittedNotification();
        assertThat(received.channel()).isEqualTo(Channel.ZALO);
        assertThat(received.address()).isEqualTo("0912345678");
        assertThat(received.plan().routes()).extracting(r -> r.channel())
                .containsExactly(Channel.ZALO, Channel.SMS, Channel.EMAIL);
        assertThat(received.text()).startsWith("Your report has been received.");
        assertThat(received.plan().inboxKeys()).contains("resident:res-1", "phone:84912345678");
    }

    @Test
    void aStepOfAReportWhoseSubmissionWasNotHandledHereIsNotRetried() {
        when(contacts.nextForReport("r-1")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> notifier.routed("ev-2", routed()))
                .isInstanceOf(ReporterContactUnknownException.class)
                .isNotInstanceOf(RetryableEventException.class)
                .hasMessageContaining("r-1");
        verifyNoInteractions(dispatcher);
    }

    @Test
    void routedTellsTheUnitAndDeadlineThenRemembersThePriority() {
        when(contacts.nextForReport("r-1")).thenReturn(Optional.of(new SequencedContact(
                new Contact("DL-7K2M9QX", "0912345678", null, null, Channel.SMS, "en"), 1)));

        notifier.routed("ev-2", routed());

        Notification routed = submittedNotification();
        assertThat(routed.text()).isEqualTo("Report DL-7K2M9QX has been assigned to Tổ công nghệ số cộng đồng, "
                + "Phường Buôn Ma Thuột. Resolution deadline: 17:00 on 2 December 2026.");
        assertThat(routed.sequence()).isEqualTo(1);
        InOrder order = inOrder(dispatcher, contacts);
        order.verify(dispatcher).submit(any());
        order.verify(contacts).routed("r-1", Priority.NORMAL);
    }

    @Test
    void rejectionStraightAfterSubmissionNeedsNoRouting() {
        when(contacts.nextForReport("r-1")).thenReturn(Optional.of(new SequencedContact(CONTACT, 1)));

        notifier.statusChanged("ev-3", status(ReportStatus.SUBMITTED, ReportStatus.REJECTED, "Trùng lặp nội dung"));

        assertThat(submittedNotification().text())
                .isEqualTo("Phản ánh DL-7K2M9QX không được tiếp nhận giải quyết. Lý do: “Trùng lặp nội dung”.");
    }

    @Test
    void theChangeToRoutedIsToldByItsRoutingEventNotAgain() {
        notifier.statusChanged("ev-4", status(ReportStatus.TRANSFERRED, ReportStatus.ROUTED, null));

        verifyNoInteractions(dispatcher);
        verify(contacts, never()).nextForReport(anyString());
    }

    @Test
    void internalStepsAreNotAnnounced() {
        notifier.statusChanged("ev-5", status(ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, null));
        notifier.statusChanged("ev-6", status(ReportStatus.ROUTED, ReportStatus.DUPLICATE, null));

        verifyNoInteractions(dispatcher);
        verify(contacts, never()).nextForReport(anyString());
    }

    @Test
    void everyResidentFacingStatusHasATemplate() {
        assertThat(StatusMessages.templateFor(ReportStatus.ACKNOWLEDGED)).contains("report.acknowledged");
        assertThat(StatusMessages.templateFor(ReportStatus.NEED_INFO)).contains("report.need-info");
        assertThat(StatusMessages.templateFor(ReportStatus.RESOLVED)).contains("report.resolved");
        assertThat(StatusMessages.templateFor(ReportStatus.REJECTED)).contains("report.rejected");
        assertThat(StatusMessages.templateFor(ReportStatus.REOPENED)).contains("report.reopened");
        assertThat(StatusMessages.templateFor(ReportStatus.CLOSED)).contains("report.closed");
        assertThat(StatusMessages.templateFor(ReportStatus.TRANSFERRED)).contains("report.transferred");
        assertThat(StatusMessages.templateFor(ReportStatus.IN_PROGRESS)).isEmpty();
        assertThat(StatusMessages.templateFor(ReportStatus.WITHDRAWN)).isEmpty();
    }

    @Test
    void followersAddedBeforeTheStepAreToldInTheirLanguageOnceEachButNotTheReporterTwiceNorLaterFollowers() {
        when(contacts.nextForReport("r-1")).thenReturn(Optional.of(new SequencedContact(CONTACT, 3)));
        Instant before = Instant.parse("2026-11-28T03:30:00Z");
        when(followers.of("r-1")).thenReturn(java.util.List.of(
                follower("ev-f1", "0987000111", "en", before),
                follower("ev-f2", "+84912345678", null, before), // the reporter themselves
                follower("ev-f3", "0933000222", "vi", Instant.parse("2026-11-28T05:00:00Z")))); // after the step

        notifier.statusChanged("ev-7", status(ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED, "Đã thu gom"));

        ArgumentCaptor<Notification> captor = ArgumentCaptor.forClass(Notification.class);
        verify(dispatcher, org.mockito.Mockito.times(2)).submit(captor.capture());
        assertThat(captor.getAllValues()).extracting(Notification::address)
                .containsExactly("0912345678", "0987000111");
        assertThat(captor.getAllValues().get(1).text()).startsWith("Report DL-7K2M9QX has been resolved.");
        assertThat(captor.getAllValues().get(1).recipientId()).startsWith("follower:")
                .isNotEqualTo(captor.getAllValues().get(0).recipientId());
    }

    @Test
    void theTeamsQuestionIsForTheReporterOnly() {
        when(contacts.nextForReport("r-1")).thenReturn(Optional.of(new SequencedContact(CONTACT, 3)));
        when(followers.of("r-1")).thenReturn(java.util.List.of(
                follower("ev-f1", "0987000111", "vi", Instant.parse("2026-11-28T03:30:00Z"))));

        notifier.statusChanged("ev-8", status(ReportStatus.ACKNOWLEDGED, ReportStatus.NEED_INFO, "Số nhà?"));

        assertThat(submittedNotification().address()).isEqualTo("0912345678");
    }

    @Test
    void aFollowerIsStoredWithTheEventThatAddedThem() {
        notifier.followerAdded("ev-f", new vn.gov.daklak.contracts.report.ReportFollowerAdded("r-1",
                new ReporterContact("Mai", "0987000111", null, null, Channel.SMS, "en"), "r-0",
                Instant.parse("2026-11-28T03:30:00Z")));

        verify(followers).add(new ReportFollowers.Follower("ev-f", "r-1", "0987000111", null, null, Channel.SMS,
                "en", "r-0", Instant.parse("2026-11-28T03:30:00Z")));
        assertThatThrownBy(() -> notifier.followerAdded("ev-g", new vn.gov.daklak.contracts.report
                .ReportFollowerAdded("r-1", null, null, Instant.now()))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ReportFollowers.Follower follower(String eventId, String phone, String language,
                                                    Instant addedAt) {
        return new ReportFollowers.Follower(eventId, "r-1", phone, null, null, Channel.SMS, language, null, addedAt);
    }

    @Test
    void unitIsTheTeamAndWhereItIs() {
        assertThat(ReportNotifier.unit(routed())).isEqualTo("Tổ công nghệ số cộng đồng, Phường Buôn Ma Thuột");
    }

    private Notification submittedNotification() {
        ArgumentCaptor<Notification> captor = ArgumentCaptor.forClass(Notification.class);
        verify(dispatcher).submit(captor.capture());
        return captor.getValue();
    }

    private static ReportSubmitted submitted(ReporterContact reporter) {
        return new ReportSubmitted("r-1", "DL-7K2M9QX", "VE_SINH_MOI_TRUONG", "Rác", "Rác ùn ứ", null, "24133", null,
                IntakeChannel.WEB, reporter, Instant.parse("2026-11-28T02:59:00Z"));
    }

    private static ReportRouted routed() {
        return new ReportRouted("r-1", "24133", "Phường Buôn Ma Thuột", "66-24133-CDS", "Tổ công nghệ số cộng đồng",
                "COMMUNITY_DIGITAL", "POINT_IN_POLYGON", "rule-1", "Theo vị trí", Priority.NORMAL,
                Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-11-28T03:00:00Z"));
    }

    private static ReportStatusChanged status(ReportStatus from, ReportStatus to, String note) {
        return new ReportStatusChanged("r-1", from, to, "can-bo-01", "TEAM_MEMBER", note, "66-24133-CDS",
                Instant.parse("2026-11-28T04:00:00Z"));
    }
}
