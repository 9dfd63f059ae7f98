package vn.gov.daklak.platform.test.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** Which filters pin a key: the same rule as the stand-in's narrowing. */
class KeyedFilterTest {

    private static final List<List<String>> UNIQUE = List.of(List.of("trackingCode"), List.of("teamId", "seq"));

    @Test
    void equalitiesAndInListsPinTheirFields() {
        assertThat(keyed("{_id: 'r1', version: 3}")).isTrue();
        assertThat(keyed("{_id: {$eq: 'r1'}, status: {$ne: 'CLOSED'}}")).isTrue();
        assertThat(keyed("{_id: {$in: ['r1', 'r2']}, status: 'OPEN'}")).isTrue();
        assertThat(keyed("{$and: [{_id: 'r1'}, {appliedEventIds: {$ne: 'e1'}}]}")).isTrue();
        assertThat(keyed("{trackingCode: 'DL-1', status: 'OPEN'}")).isTrue();
        assertThat(keyed("{teamId: 't', seq: 4, at: {$lt: 5}}")).isTrue();
        assertThat(keyed("{_id: {tenant: 'a', n: 1}}")).isTrue();
    }

    @Test
    void rangesNullsArraysOrsAndHalfKeysDoNot() {
        assertThat(keyed("{status: 'OPEN'}")).isFalse();
        assertThat(keyed("{}")).isFalse();
        assertThat(keyed("{teamId: 't'}")).isFalse();
        assertThat(keyed("{teamId: 't', seq: {$in: [1, 2]}}")).isFalse();
        assertThat(keyed("{_id: {$gt: 'r1'}}")).isFalse();
        assertThat(keyed("{_id: null}")).isFalse();
        assertThat(keyed("{_id: ['r1']}")).isFalse();
        assertThat(keyed("{_id: {$in: ['r1', null]}}")).isFalse();
        assertThat(keyed("{_id: {$regex: '^r'}}")).isFalse();
        assertThat(keyed("{$or: [{_id: 'r1'}, {_id: 'r2'}]}")).isFalse();
        assertThat(keyed("{trackingCode: {$exists: true}}")).isFalse();
    }

    private static boolean keyed(String json) {
        return KeyedFilter.of(BsonDocument.parse(json)).pinsAny(UNIQUE);
    }
}
