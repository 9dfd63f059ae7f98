package vn.gov.daklak.identity.clients;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.gov.daklak.identity.authorizations.AuthorizationRevocation;

/** Registers, lists and revokes channel applications. Secrets are shown once and stored only as a hash. */
@Service
class ClientService {
    private static final Logger log = LoggerFactory.getLogger(ClientService.class);

    private final ChannelClientStore store;
    private final PasswordEncoder passwords;
    private final AuthorizationRevocation revocation;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ClientService(ChannelClientStore store, PasswordEncoder passwords, AuthorizationRevocation revocation,
                  Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.revocation = revocation;
        this.clock = clock;
    }

    List<ChannelClient> all() {
        return store.all();
    }

    ChannelClient get(String clientId) {
        return store.findByClientId(clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
    }

    /** @param secret null to have one generated (confidential applications); ignored for public ones */
    Registered register(ClientRegistration registration, String secret) {
        String clientId = registration.clientId() != null ? registration.clientId()
                : "partner-" + UUID.randomUUID().toString().substring(0, 8);
        String plainSecret = registration.confidential() ? (secret != null ? secret : newSecret()) : null;
        ChannelClient client = registration.toClient(UUID.randomUUID().toString(), clientId,
                plainSecret == null ? null : passwords.encode(plainSecret), clock.instant());
        if (!store.insert(client)) {
            throw new ClientAlreadyExistsException(clientId);
        }
        log.info("Channel application {} registered ({})", clientId, client.channel());
        return new Registered(client, plainSecret);
    }

    /** Revokes the application: it can no longer get tokens, and every refresh token it holds stops working. */
    ChannelClient revoke(String clientId) {
        ChannelClient client = get(clientId);
        if (!client.revoked()) {
            client = client.revoke(clock.instant());
            store.replace(client);
            int removed = revocation.revokeAllForClient(client.id());
            log.info("Channel application {} revoked; {} authorizations removed", clientId, removed);
        }
        return client;
    }

    /** A new secret; the old one stops working at once. */
    Registered rotateSecret(String clientId) {
        ChannelClient client = get(clientId);
        if (!client.confidential() || client.revoked()) {
            throw new IllegalArgumentException("Only an active confidential application has a secret to rotate");
        }
        String secret = newSecret();
        ChannelClient changed = client.withSecretHash(passwords.encode(secret));
        store.replace(changed);
        log.info("Secret of channel application {} rotated", clientId);
        return new Registered(changed, secret);
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    record Registered(ChannelClient client, String secret) {
        @Override
        public String toString() {
            return "Registered[" + client.clientId() + "]";
        }
    }
}
