package vn.gov.daklak.identity;

import java.util.List;

import vn.gov.daklak.platform.test.mongo.KeyedAccessExemption;

/**
 * The code of identity-service that may read MongoDB without a key while residents sign in and report, and why (see
 * docs/ARCHITECTURE.md, "Data access by key"). Everything else a test makes the service do must read by key.
 */
final class IdentityKeyedAccess {

    static final List<KeyedAccessExemption> EXEMPTIONS = List.of(
            KeyedAccessExemption.of("vn.gov.daklak.identity.authorizations.MongoOAuth2AuthorizationService#removeExpired",
                    "scheduled sweep: expired authorizations (no TTL index on the stand-in)"),
            KeyedAccessExemption.of("vn.gov.daklak.platform.ratelimit.MongoRateLimiter#removeExpired",
                    "scheduled sweep: rate-limit windows that have ended"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.otp.MongoOtpStore#removeExpired",
                    "scheduled sweep: sign-in codes and phone lock-outs past their time"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.authorizations.MongoOAuth2AuthorizationService#grantsOf",
                    "a resident's data export (GET /api/v1/me/export): the grants of one principal"),
            KeyedAccessExemption.of(
                    "vn.gov.daklak.identity.authorizations.MongoOAuth2AuthorizationService#revokeAllForPrincipal",
                    "a resident's account deletion: revokes every grant of one principal"),
            KeyedAccessExemption.of(
                    "vn.gov.daklak.identity.authorizations.MongoOAuth2AuthorizationService#revokeAllForClient",
                    "an administrator removes a channel application: revokes its grants"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.keys.MongoSigningKeyStore#all",
                    "the signing keys: at most three documents (previous, current, next), read on cache expiry"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.clients.MongoChannelClientStore#all",
                    "channel application listing for administrators: a handful of clients"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.teams.MongoTeamRepository#find",
                    "team listing for administrators (by commune and type): at most a few hundred teams"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.teams.MongoTeamRepository#allIds",
                    "seeding the communes' teams (start-up, or an administrator again): which ids exist already"),
            KeyedAccessExemption.of("vn.gov.daklak.platform.audit.MongoAuditLog#find",
                    "audit reading for province administrators: a bounded page"),
            // assertions of tests, not the service
            KeyedAccessExemption.of("vn.gov.daklak.identity.IdentityEventsIntegrationTest#seedingAgainPublishesNothing",
                    "counts the stored teams to show that seeding twice adds and publishes none"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.IdentityEventsIntegrationTest#teamsCreatedByOtherTests",
                    "counts the teams other tests created, for the count above"),
            KeyedAccessExemption.of("vn.gov.daklak.identity.vneid.VneidSignInIntegrationTest"
                            + "#aLevel1SignInGivesVneid1AndTheSameCitizenKeepsTheAccount",
                    "counts the residents of one name to show that a second sign-in made no second account"));

    private IdentityKeyedAccess() {
    }
}
