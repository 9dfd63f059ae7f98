package vn.gov.daklak.identity.teams;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.platform.outbox.OutboxMessages;

final class TestOutbox {
    static final Instant NOW = Instant.parse("2025-07-01T01:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TestOutbox() {
    }

    static OutboxMessages messages() {
        return new OutboxMessages(JSON, CLOCK, "identity-service");
    }
}
