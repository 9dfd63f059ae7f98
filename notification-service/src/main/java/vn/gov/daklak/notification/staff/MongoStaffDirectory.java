package vn.gov.daklak.notification.staff;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.platform.keys.Backfill;
import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * {@code staff_directory} ({@code _id} = staff id) and {@code team_communes} ({@code _id} = team id), with the
 * look-ups {@code staff_by_team}, {@code staff_by_role} and {@code teams_by_commune}: whom to alert about a report is
 * read by key. Look-up entries are put before the documents change; readers check the members they load.
 */
@Repository
class MongoStaffDirectory implements StaffDirectory, TeamCommunes {
    private final MongoTemplate mongo;
    private final KeyedLookup byTeam;
    private final KeyedLookup byRole;
    private final KeyedLookup byCommune;

    MongoStaffDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        this.byTeam = new KeyedLookup(mongo, "staff_by_team");
        this.byRole = new KeyedLookup(mongo, "staff_by_role");
        this.byCommune = new KeyedLookup(mongo, "teams_by_commune");
    }

    @Document("staff_directory")
    record StaffDocument(@Id String staffId, String displayName, Set<String> roles, List<String> teamIds,
                         Channel preferredChannel, String phone, String email, boolean active, Instant updatedAt) {

        StaffMember toMember() {
            return new StaffMember(staffId, displayName, roles, teamIds, preferredChannel, phone, email, active,
                    updatedAt);
        }
    }

    @Document("team_communes")
    record TeamCommuneDocument(@Id String teamId, String communeCode) {
    }

    @Override
    public void apply(StaffMember m) {
        StaffDocument before = mongo.findById(m.staffId(), StaffDocument.class);
        orEmpty(m.teamIds()).forEach(team -> byTeam.put(team, m.staffId(), true));
        orEmpty(m.roles()).forEach(role -> byRole.put(role, m.staffId(), true));
        try {
            mongo.insert(new StaffDocument(m.staffId(), m.displayName(), m.roles(), m.teamIds(), m.preferredChannel(),
                    m.phone(), m.email(), m.active(), m.updatedAt()));
            return;
        } catch (DuplicateKeyException exists) {
            // a change of a known member, below
        }
        Update update = new Update().set("displayName", m.displayName()).set("roles", m.roles())
                .set("teamIds", m.teamIds()).set("preferredChannel", m.preferredChannel()).set("phone", m.phone())
                .set("email", m.email()).set("active", m.active()).set("updatedAt", m.updatedAt());
        boolean applied = mongo.updateFirst(Query.query(where("_id").is(m.staffId()).and("updatedAt")
                .lt(m.updatedAt())), update, StaffDocument.class).getModifiedCount() > 0;
        if (applied && before != null) {
            orEmpty(before.teamIds()).stream().filter(team -> !orEmpty(m.teamIds()).contains(team))
                    .forEach(team -> byTeam.remove(team, m.staffId()));
            orEmpty(before.roles()).stream().filter(role -> !orEmpty(m.roles()).contains(role))
                    .forEach(role -> byRole.remove(role, m.staffId()));
        }
    }

    private static <T> Collection<T> orEmpty(Collection<T> values) {
        return values == null ? List.of() : values;
    }

    @Override
    public List<StaffMember> activeInTeams(Collection<String> teamIds, Collection<String> roles) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return members(byTeam.entries(teamIds).keySet()).stream()
                .filter(m -> m.teamIds() != null && m.teamIds().stream().anyMatch(teamIds::contains))
                .filter(m -> m.roles() != null && m.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    @Override
    public List<StaffMember> activeWithRole(String role) {
        return members(byRole.entries(role).keySet()).stream()
                .filter(m -> m.roles() != null && m.roles().contains(role)).toList();
    }

    /** The active members with these ids, by id. */
    private List<StaffMember> members(Set<String> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(where("_id").in(staffIds)), StaffDocument.class).stream()
                .filter(StaffDocument::active).sorted(Comparator.comparing(StaffDocument::staffId))
                .map(StaffDocument::toMember).toList();
    }

    @Override
    public void remember(String teamId, String communeCode) {
        if (teamId == null || communeCode == null) {
            return;
        }
        TeamCommuneDocument before = mongo.findById(teamId, TeamCommuneDocument.class);
        byCommune.put(communeCode, teamId, true);
        mongo.upsert(Query.query(where("_id").is(teamId)), new Update().set("communeCode", communeCode),
                TeamCommuneDocument.class);
        if (before != null && before.communeCode() != null && !before.communeCode().equals(communeCode)) {
            byCommune.remove(before.communeCode(), teamId);
        }
    }

    @Override
    public List<String> teamsIn(String communeCode) {
        if (communeCode == null) {
            return List.of();
        }
        Set<String> teamIds = new HashSet<>(byCommune.entries(communeCode).keySet());
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(where("_id").in(teamIds)), TeamCommuneDocument.class).stream()
                .filter(t -> communeCode.equals(t.communeCode())).map(TeamCommuneDocument::teamId).sorted().toList();
    }

    /** Files the members and teams stored before the look-ups existed (once, at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "staff-lookups-v1", () -> {
            for (StaffDocument doc : mongo.findAll(StaffDocument.class)) {
                orEmpty(doc.teamIds()).forEach(team -> byTeam.put(team, doc.staffId(), true));
                orEmpty(doc.roles()).forEach(role -> byRole.put(role, doc.staffId(), true));
            }
            for (TeamCommuneDocument doc : mongo.findAll(TeamCommuneDocument.class)) {
                if (doc.communeCode() != null) {
                    byCommune.put(doc.communeCode(), doc.teamId(), true);
                }
            }
        });
    }
}
