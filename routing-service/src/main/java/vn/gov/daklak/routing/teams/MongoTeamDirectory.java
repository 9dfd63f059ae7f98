package vn.gov.daklak.routing.teams;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * {@code teams} ({@code _id} = team id) and, for routing's question "the active team of this type in this commune",
 * the look-up {@code teams_by_place} ({@code _id} = {@code <type>|<commune>}), so a decision reads by key.
 */
@Repository
class MongoTeamDirectory implements TeamDirectory {
    static final String COLLECTION = "teams";

    private final MongoTemplate mongo;
    private final KeyedLookup places;

    MongoTeamDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        this.places = new KeyedLookup(mongo, "teams_by_place");
    }

    @Override
    public boolean apply(Team team) {
        // the look-up first: readers check each team they find there against its document
        places.put(place(team.teamType(), team.communeCode()), team.teamId(), true);
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
            TeamDocument before = mongo.findAndModify(olderOrAbsent, update,
                    FindAndModifyOptions.options().upsert(true).returnNew(false), TeamDocument.class);
            if (before != null && !place(before.teamType(), before.communeCode())
                    .equals(place(team.teamType(), team.communeCode()))) {
                places.remove(place(before.teamType(), before.communeCode()), team.teamId());
            }
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
        Set<String> ids = places.entries(place(type, communeCode)).keySet();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return mongo.find(query(where("_id").in(ids)), TeamDocument.class).stream()
                .filter(t -> t.active() && t.teamType() == type && Objects.equals(t.communeCode(), communeCode))
                .min(Comparator.comparing(TeamDocument::teamId))
                .map(TeamDocument::toTeam);
    }

    /** Files a team stored before the look-up existed (start-up). */
    void index(Team team) {
        places.put(place(team.teamType(), team.communeCode()), team.teamId(), true);
    }

    private static String place(TeamType type, String communeCode) {
        return type + "|" + (communeCode == null ? "province" : communeCode);
    }
}
