package vn.gov.daklak.platform.test.mongo;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import vn.gov.daklak.platform.test.TestInfrastructure;

/**
 * The rule "a report's path reads by key" for services that run in processes of their own (the end-to-end tests),
 * seen from the MongoDB stand-in of the embedded infrastructure: around each test it records every read that found
 * its documents by no key and no {@link StandInExemption} covers, and fails the test with them. With real MongoDB
 * (containers) there is no such view and it checks nothing; the services' own tests run {@link KeyedAccessGuard}.
 */
public final class StandInKeyedAccessExtension implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            StandInKeyedAccessExtension.class);

    private final List<StandInExemption> exemptions;

    public StandInKeyedAccessExtension(List<StandInExemption> exemptions) {
        this.exemptions = List.copyOf(exemptions);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<AutoCloseable> listening = TestInfrastructure.shared().standIn().map(backend -> {
            List<String> violations = new CopyOnWriteArrayList<>();
            context.getStore(NAMESPACE).put(List.class, violations);
            return backend.listen((database, collection, fields, filter) -> {
                if (exemptions.stream().noneMatch(e -> e.covers(database, collection, fields))) {
                    violations.add(database + "." + collection + " read without a key, filter " + filter);
                }
            });
        });
        listening.ifPresent(handle -> context.getStore(NAMESPACE).put(AutoCloseable.class, handle));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        AutoCloseable handle = context.getStore(NAMESPACE).remove(AutoCloseable.class, AutoCloseable.class);
        if (handle == null) {
            return;
        }
        handle.close();
        List<?> violations = context.getStore(NAMESPACE).remove(List.class, List.class);
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " read(s) on the MongoDB stand-in found their documents by "
                    + "no key (see docs/ARCHITECTURE.md, \"Data access by key\"):\n  "
                    + String.join("\n  ", violations.stream().map(String::valueOf).distinct().toList()));
        }
    }
}
