package vn.gov.daklak.identity.clients;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.platform.security.SubjectType;

@Repository
class MongoChannelClientStore implements ChannelClientStore {
    private final MongoTemplate mongo;

    MongoChannelClientStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ChannelClient> findByClientId(String clientId) {
        return Optional.ofNullable(mongo.findOne(query(where("clientId").is(clientId)), ClientDocument.class))
                .map(ClientDocument::toClient);
    }

    @Override
    public Optional<ChannelClient> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ClientDocument.class)).map(ClientDocument::toClient);
    }

    @Override
    public List<ChannelClient> all() {
        return mongo.find(new Query().with(Sort.by("clientId")), ClientDocument.class).stream()
                .map(ClientDocument::toClient).toList();
    }

    @Override
    public boolean insert(ChannelClient client) {
        try {
            mongo.insert(ClientDocument.of(client));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void replace(ChannelClient client) {
        mongo.save(ClientDocument.of(client));
    }

    @Document("oauth2_clients")
    record ClientDocument(@Id String id, @Indexed(unique = true) String clientId, String name, ChannelKind channel,
                          boolean confidential, String secretHash, Set<String> grantTypes, Set<String> redirectUris,
                          Set<String> scopes, List<String> audiences, SubjectType signsIn, List<String> roles,
                          int rateLimitPerMinute, long accessTokenTtlSeconds, long refreshTokenTtlSeconds,
                          boolean revoked, Instant createdAt, Instant revokedAt) {

        static ClientDocument of(ChannelClient c) {
            return new ClientDocument(c.id(), c.clientId(), c.name(), c.channel(), c.confidential(), c.secretHash(),
                    c.grantTypes(), c.redirectUris(), c.scopes(), c.audiences(), c.signsIn(), c.roles(),
                    c.rateLimitPerMinute(), c.accessTokenTtl().toSeconds(), c.refreshTokenTtl().toSeconds(),
                    c.revoked(), c.createdAt(), c.revokedAt());
        }

        ChannelClient toClient() {
            return new ChannelClient(id, clientId, name, channel, confidential, secretHash, grantTypes, redirectUris,
                    scopes, audiences, signsIn, roles, rateLimitPerMinute, Duration.ofSeconds(accessTokenTtlSeconds),
                    Duration.ofSeconds(refreshTokenTtlSeconds), revoked, createdAt, revokedAt);
        }

        @Override
        public String toString() {
            return "ClientDocument[" + clientId + "]";
        }
    }
}
