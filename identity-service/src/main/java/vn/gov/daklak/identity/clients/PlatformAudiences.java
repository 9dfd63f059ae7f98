package vn.gov.daklak.identity.clients;

import java.util.Set;

/** Values of the {@code aud} claim: one per service that accepts the platform's tokens. */
public final class PlatformAudiences {
    public static final String FEEDBACK = "feedback-service";
    public static final String ROUTING = "routing-service";
    public static final String NOTIFICATION = "notification-service";
    public static final String IDENTITY = "identity-service";
    public static final Set<String> ALL = Set.of(FEEDBACK, ROUTING, NOTIFICATION, IDENTITY);

    private PlatformAudiences() {
    }
}
