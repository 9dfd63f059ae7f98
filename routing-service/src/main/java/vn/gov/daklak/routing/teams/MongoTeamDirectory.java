package vn.gov.daklak.routing.teams;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.identity.TeamType;

@Repository
class MongoTeamDirectory implements TeamDirectory {
    static final String COLLECTION = "teams";

    private final MongoTemplate mongo;

    MongoTeamDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean apply(Team team) {
        // Upsert only over an older (or equal) copy: when a newer copy is stored the filter misses, the upsert tries
        // to insert the same _id and fails with a duplicate key, which means "stale, ignore".
        Query olderOrAbsent = query(where("_id").is(team.teamId()).and("updatedAt").lte(team.updatedAt()));
        Update update = new Update()
                .set("name", team.name())
                .set("teamType", team.teamType())
                .set("communeCode", team.communeCode())
                .set("active", team.active())
                .set("updatedAt", team.updatedAt());
        try {
            mongo.upsert(olderOrAbsent, update, TeamDocument.class);
            return true;
        } catch (DuplicateKeyException stale) {
            return false;
        }
    }

    @Override
    public List<Team> list(String communeCode) {
        Query query = communeCode == null ? new Query() : query(where("communeCode").is(communeCode));
        return mongo.find(query.with(Sort.by("_id")), TeamDocument.class).stream().map(TeamDocument::toTeam).toList();
    }

    @Override
    public Optional<Team> find(String teamId) {
        return teamId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(teamId, TeamDocument.class)).map(TeamDocument::toTeam);
    }

    @Override
    public Optional<Team> activeTeam(TeamType type, String communeCode) {
        Query query = query(where("teamType").is(type).and("communeCode").is(communeCode).and("active").is(true))
                .with(Sort.by("_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, TeamDocument.class)).map(TeamDocument::toTeam);
    }
}
