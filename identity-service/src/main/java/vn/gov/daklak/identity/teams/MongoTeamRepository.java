package vn.gov.daklak.identity.teams;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.platform.outbox.OutboxRelay;

@Repository
class MongoTeamRepository implements TeamRepository {
    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    MongoTeamRepository(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @Override
    public Optional<Team> findById(String teamId) {
        return Optional.ofNullable(mongo.findById(teamId, TeamDocument.class)).map(TeamDocument::toTeam);
    }

    @Override
    public List<Team> find(TeamQuery filter) {
        Query query = new Query().with(Sort.by("id"));
        if (filter.communeCode() != null) {
            query.addCriteria(where("communeCode").is(filter.communeCode()));
        }
        if (filter.teamType() != null) {
            query.addCriteria(where("teamType").is(filter.teamType()));
        }
        query.fields().exclude("outbox");
        return mongo.find(query, TeamDocument.class).stream().map(TeamDocument::toTeam).toList();
    }

    @Override
    public Set<String> existingIds(Collection<String> teamIds) {
        return ids(query(where("_id").in(teamIds)));
    }

    @Override
    public List<String> communeCodesOf(Collection<String> teamIds) {
        Query query = query(where("_id").in(teamIds).and("communeCode").ne(null));
        query.fields().include("communeCode");
        return mongo.find(query, Document.class, TeamDocument.COLLECTION).stream()
                .map(doc -> doc.getString("communeCode"))
                .distinct().sorted().toList();
    }

    @Override
    public Set<String> allIds() {
        return ids(new Query());
    }

    private Set<String> ids(Query query) {
        query.fields().include("_id");
        return mongo.find(query, Document.class, TeamDocument.COLLECTION).stream()
                .map(doc -> doc.getString("_id"))
                .collect(Collectors.toSet());
    }

    @Override
    public boolean insert(Team team) {
        try {
            // insert (not save) so an existing team is never overwritten; it also wakes the outbox relay
            mongo.insert(TeamDocument.of(team));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean update(Team team) {
        // $push rather than replacing the document: the relay may be pulling published events from it right now
        Update update = new Update()
                .set("name", team.name())
                .set("active", team.active())
                .set("updatedAt", team.updatedAt())
                .inc("revision", 1)
                .push("outbox").each(team.outbox().toArray());
        boolean updated = mongo.updateFirst(query(where("_id").is(team.teamId()).and("revision").is(team.revision())),
                update, TeamDocument.class).getModifiedCount() == 1;
        if (updated) {
            relay.wakeUp(TeamDocument.COLLECTION, team.teamId());
        }
        return updated;
    }
}
