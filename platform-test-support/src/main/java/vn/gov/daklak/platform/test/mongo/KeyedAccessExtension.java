package vn.gov.daklak.platform.test.mongo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens a {@link KeyedAccessGuard#watch} around each test (after its application context has started, so start-up
 * is not watched) and fails the test with every command of that time that read without a key. Register it in a
 * service's integration test base class with the service's exemptions, each with its reason:
 * <pre>{@code @RegisterExtension
 * static final KeyedAccessExtension KEYED = new KeyedAccessExtension(FeedbackKeyedAccess.EXEMPTIONS);}</pre>
 * The platform's own exemptions ({@link #PLATFORM}) are always added.
 */
public final class KeyedAccessExtension implements BeforeEachCallback, AfterEachCallback {

    /** Exemptions every service shares. */
    public static final List<KeyedAccessExemption> PLATFORM = List.of(
            KeyedAccessExemption.of("vn.gov.daklak.platform.outbox.MongoOutboxStore#pendingIds",
                    "the outbox recovery sweep (start-up and every 2 minutes) looks for documents with pending "
                            + "events (a sparse index on real MongoDB); per event the relay claims, publishes and "
                            + "removes by the document's _id"),
            KeyedAccessExemption.of("vn.gov.daklak.platform.ratelimit.MongoRateLimiter#removeExpired",
                    "scheduled sweep: rate-limit windows that have ended (no TTL index on the stand-in)"));

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            KeyedAccessExtension.class);

    private final List<KeyedAccessExemption> exemptions;

    public KeyedAccessExtension(List<KeyedAccessExemption> exemptions) {
        List<KeyedAccessExemption> all = new ArrayList<>(PLATFORM);
        all.addAll(exemptions);
        this.exemptions = List.copyOf(all);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(KeyedAccessWatch.class, KeyedAccessGuard.shared().watch(exemptions));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        KeyedAccessWatch watch = context.getStore(NAMESPACE).remove(KeyedAccessWatch.class, KeyedAccessWatch.class);
        if (watch != null) {
            watch.close();
        }
    }
}
