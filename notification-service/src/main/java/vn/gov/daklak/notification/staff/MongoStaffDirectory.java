package vn.gov.daklak.notification.staff;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.notification.Channel;

/** {@code staff_directory} ({@code _id} = staff id) and {@code team_communes} ({@code _id} = team id). */
@Repository
class MongoStaffDirectory implements StaffDirectory, TeamCommunes {
    private final MongoTemplate mongo;

    MongoStaffDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("staff_directory")
    record StaffDocument(@Id String staffId, String displayName, Set<String> roles, @Indexed List<String> teamIds,
                         Channel preferredChannel, String phone, String email, boolean active, Instant updatedAt) {

        StaffMember toMember() {
            return new StaffMember(staffId, displayName, roles, teamIds, preferredChannel, phone, email, active,
                    updatedAt);
        }
    }

    @Document("team_communes")
    record TeamCommuneDocument(@Id String teamId, @Indexed String communeCode) {
    }

    @Override
    public void apply(StaffMember m) {
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
        mongo.updateFirst(Query.query(where("_id").is(m.staffId()).and("updatedAt").lt(m.updatedAt())), update,
                StaffDocument.class);
    }

    @Override
    public List<StaffMember> activeInTeams(Collection<String> teamIds, Collection<String> roles) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return find(Query.query(where("teamIds").in(teamIds).and("roles").in(roles).and("active").is(true)));
    }

    @Override
    public List<StaffMember> activeWithRole(String role) {
        return find(Query.query(where("roles").is(role).and("active").is(true)));
    }

    private List<StaffMember> find(Query query) {
        return mongo.find(query.with(Sort.by("_id")), StaffDocument.class).stream().map(StaffDocument::toMember)
                .toList();
    }

    @Override
    public void remember(String teamId, String communeCode) {
        if (teamId == null || communeCode == null) {
            return;
        }
        mongo.upsert(Query.query(where("_id").is(teamId)), new Update().set("communeCode", communeCode),
                TeamCommuneDocument.class);
    }

    @Override
    public List<String> teamsIn(String communeCode) {
        if (communeCode == null) {
            return List.of();
        }
        return mongo.find(Query.query(where("communeCode").is(communeCode)), TeamCommuneDocument.class).stream()
                .map(TeamCommuneDocument::teamId).toList();
    }
}
