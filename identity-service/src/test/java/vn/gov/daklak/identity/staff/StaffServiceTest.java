package vn.gov.daklak.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.StaffMemberUpserted;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.identity.teams.TeamCatalog;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxMessages;

class StaffServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T01:00:00Z"), ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TEAMS = Set.of("66-24133-CDS", "66-24133-PUN");

    private final InMemoryStaff repository = new InMemoryStaff();
    private final TeamCatalog catalog = ids -> {
        Set<String> unknown = new HashSet<>(ids);
        unknown.removeAll(TEAMS);
        return unknown;
    };
    private final StaffService service = new StaffService(repository, catalog,
            new OutboxMessages(JSON, CLOCK, "identity-service"), CLOCK);

    @Test
    void creatingAStaffMemberWritesAStaffMemberUpsertedWithIt() {
        service.create("huong.nt", details(List.of("66-24133-CDS"), true));

        OutboxMessage message = repository.written.get(0);
        assertThat(repository.written).hasSize(1);
        assertThat(message.key()).isEqualTo("huong.nt");
        assertThat(message.topic()).isEqualTo(Topics.STAFF_DIRECTORY);
        assertThat(message.type()).isEqualTo(EventCatalog.of(StaffMemberUpserted.class).type());
        JsonNode payload = JSON.readTree(message.payload());
        assertThat(payload.get("displayName").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(payload.get("phone").asString()).isEqualTo("+84912345678");
        assertThat(payload.get("roles").get(0).asString()).isEqualTo("TEAM_MEMBER");
    }

    @Test
    void generatesAnIdWhenNoneIsGiven() {
        assertThat(service.create(null, details(List.of(), true)).staffId()).startsWith("staff-");
    }

    @Test
    void refusesUnknownTeamsNamingEach() {
        assertThatThrownBy(() -> service.create("x1", details(List.of("66-24133-CDS", "ghost", "66-X"), true)))
                .isInstanceOfSatisfying(UnknownTeamsException.class,
                        e -> assertThat(e.unknown()).containsExactly("ghost", "66-X"));
        assertThat(repository.written).isEmpty();
    }

    @Test
    void creatingTwiceIsAConflict() {
        service.create("huong.nt", details(List.of(), true));

        assertThatThrownBy(() -> service.create("huong.nt", details(List.of(), true)))
                .isInstanceOf(StaffAlreadyExistsException.class);
    }

    @Test
    void aChangePublishesAndAnIdenticalWriteDoesNot() {
        service.create("huong.nt", details(List.of("66-24133-CDS"), true));

        service.change("huong.nt", details(List.of("66-24133-CDS"), true));
        service.change("huong.nt", details(List.of("66-24133-CDS", "66-24133-PUN"), false));

        assertThat(repository.written).hasSize(2);
        assertThat(service.get("huong.nt").details().active()).isFalse();
    }

    private static StaffDetails details(List<String> teamIds, boolean active) {
        return new StaffDetails("Nguyễn Thị Hương", Set.of(StaffRole.TEAM_MEMBER), teamIds, Channel.SMS,
                "0912345678", "huong.nt@daklak.gov.vn", active);
    }

    private static final class InMemoryStaff implements StaffRepository {
        final Map<String, StaffMember> members = new HashMap<>();
        final List<OutboxMessage> written = new ArrayList<>();

        @Override
        public Optional<StaffMember> findById(String staffId) {
            return Optional.ofNullable(members.get(staffId))
                    .map(m -> StaffMember.restore(m.staffId(), m.details(), m.updatedAt(), m.revision()));
        }

        @Override
        public boolean insert(StaffMember member) {
            if (members.putIfAbsent(member.staffId(), member) != null) {
                return false;
            }
            written.addAll(member.outbox());
            return true;
        }

        @Override
        public boolean update(StaffMember member) {
            members.put(member.staffId(), StaffMember.restore(member.staffId(), member.details(),
                    member.updatedAt(), member.revision() + 1));
            written.addAll(member.outbox());
            return true;
        }
    }
}
