package vn.gov.daklak.routing.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Rule set versions in MongoDB (collection {@code routing_rule_sets}, insert-only). Each instance caches the newest
 * version and checks for a newer one at most every {@code refreshInterval}, so a published change applies everywhere
 * within seconds and without a restart. An empty collection is seeded with the bundled defaults as version 1.
 */
@Repository
class MongoRuleBook implements RuleBook {
    static final String COLLECTION = "routing_rule_sets";
    private static final Logger log = LoggerFactory.getLogger(MongoRuleBook.class);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;
    private final RulesProperties properties;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    MongoRuleBook(MongoTemplate mongo, JsonMapper json, Clock clock, RulesProperties properties) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public RuleSet current() {
        Cached cached = cache.get();
        long now = System.nanoTime();
        Duration refresh = properties.refreshInterval() == null ? Duration.ofSeconds(5) : properties.refreshInterval();
        if (cached != null && now - cached.checkedAt() < refresh.toNanos()) {
            return cached.ruleSet();
        }
        Long latest = latestVersion();
        if (latest == null) {
            seed();
            latest = latestVersion();
        }
        RuleSet ruleSet = cached != null && cached.ruleSet().version() == latest ? cached.ruleSet()
                : version(latest).orElseThrow();
        cache.set(new Cached(ruleSet, now));
        return ruleSet;
    }

    @Override
    public Optional<RuleSet> version(long version) {
        return Optional.ofNullable(mongo.findById(version, RuleSetDocument.class)).map(RuleSetDocument::toRuleSet);
    }

    @Override
    public List<RuleSet> history() {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "_id"));
        query.fields().include("createdAt", "createdBy", "note");
        return mongo.find(query, RuleSetDocument.class).stream().map(RuleSetDocument::toRuleSet).toList();
    }

    @Override
    public RuleSet publish(RuleSetDraft draft, String createdBy) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Long latest = latestVersion();
            RuleSet next = draft.as(latest == null ? 1 : latest + 1, clock.instant(), createdBy);
            try {
                mongo.insert(RuleSetDocument.of(next));
                cache.set(new Cached(next, System.nanoTime()));
                log.info("Routing rules version {} published by {}: {}", next.version(), createdBy, next.note());
                return next;
            } catch (DuplicateKeyException concurrentPublish) {
                // another instance took this version number; try the next one
            }
        }
        throw new ConcurrencyFailureException("Routing rules are being changed concurrently; try again");
    }

    /**
     * Versions are numbered 1, 2, 3… without gaps (a publish inserts the latest + 1), so the newest is found by
     * probing ids up from the cached one: one look-up by key when nothing changed, a few after a restart.
     */
    private Long latestVersion() {
        Cached cached = cache.get();
        long known = cached == null ? 0 : cached.ruleSet().version();
        if (known == 0) {
            if (!exists(1)) {
                return null;
            }
            known = 1;
        }
        long step = 1;
        while (exists(known + step)) {
            known += step;
            step *= 2;
        }
        long missing = known + step;
        while (missing - known > 1) {
            long middle = known + (missing - known) / 2;
            if (exists(middle)) {
                known = middle;
            } else {
                missing = middle;
            }
        }
        return known;
    }

    private boolean exists(long version) {
        return mongo.exists(Query.query(Criteria.where("_id").is(version)), RuleSetDocument.class);
    }

    private void seed() {
        RuleSetDraft defaults = readDefaults();
        List<String> problems = defaults.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        try {
            mongo.insert(RuleSetDocument.of(defaults.as(1, clock.instant(), "routing-service (bundled defaults)")));
            log.info("Routing rules seeded from {} as version 1", properties.defaults());
        } catch (DuplicateKeyException seededByAnotherInstance) {
            // fine: the same defaults
        }
    }

    private RuleSetDraft readDefaults() {
        try (InputStream in = properties.defaults().getInputStream()) {
            return json.readValue(in, RuleSetDraft.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default routing rules " + properties.defaults(), e);
        }
    }

    private record Cached(RuleSet ruleSet, long checkedAt) {
    }
}
