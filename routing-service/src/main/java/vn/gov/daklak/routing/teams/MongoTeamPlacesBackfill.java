package vn.gov.daklak.routing.teams;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.gov.daklak.platform.keys.Backfill;

/** Files the teams stored before {@code teams_by_place} existed (once, at start-up). */
@Component
class MongoTeamPlacesBackfill {
    private final MongoTemplate mongo;
    private final MongoTeamDirectory directory;

    MongoTeamPlacesBackfill(MongoTemplate mongo, MongoTeamDirectory directory) {
        this.mongo = mongo;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "teams-by-place-v1", () -> directory.list(null).forEach(directory::index));
    }
}
