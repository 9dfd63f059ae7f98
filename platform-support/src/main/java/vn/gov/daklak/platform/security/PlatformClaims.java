package vn.gov.daklak.platform.security;

/**
 * Names of the claims the platform puts in access tokens, besides the registered ones ({@code iss}, {@code sub},
 * {@code aud}, {@code exp}, {@code nbf}, {@code iat}, {@code jti}) and {@code scope} (a JSON array). Resource servers
 * read these; the identity-service README lists them with examples.
 */
public final class PlatformClaims {
    /** {@code resident}, {@code staff} or {@code client} (a channel application acting for itself). */
    public static final String SUBJECT_TYPE = "subject_type";
    /** Platform roles, e.g. {@code ["RESIDENT"]} or {@code ["TEAM_LEAD","TEAM_MEMBER"]}; without a {@code ROLE_} prefix. */
    public static final String ROLES = "roles";
    /** Teams of a staff member; empty for residents and applications. */
    public static final String TEAM_IDS = "team_ids";
    /** Communes (5-digit codes) of those teams; empty for province-level teams, residents and applications. */
    public static final String COMMUNE_CODES = "commune_codes";
    /** Assurance of the sign-in: {@code phone}, {@code vneid-1} or {@code vneid-2}; absent for applications. */
    public static final String ACR = "acr";
    /** The OAuth client the token was issued to (RFC 9068). */
    public static final String CLIENT_ID = "client_id";
    /** The channel application's kind, e.g. {@code ZALO_MINI_APP}. */
    public static final String CHANNEL = "channel";
    /** E.164 phone of the signed-in person; only when the {@code phone} scope was granted. */
    public static final String PHONE_NUMBER = "phone_number";

    private PlatformClaims() {
    }
}
