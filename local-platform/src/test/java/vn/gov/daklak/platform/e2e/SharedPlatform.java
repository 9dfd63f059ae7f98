package vn.gov.daklak.platform.e2e;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import vn.gov.daklak.platform.local.PlatformService;
import vn.gov.daklak.platform.local.PlatformServices;
import vn.gov.daklak.platform.test.TestInfrastructure;

/**
 * The whole platform as packaged — the four services and the web console as separate JVMs over a real Kafka broker
 * and a MongoDB endpoint (containers where Docker exists, the embedded broker and wire-protocol server otherwise) —
 * started once for all end-to-end test classes of a run (JUnit's root store stops it after the last one), since a
 * start costs most of a minute on two cores. Test classes register it with {@code @ExtendWith(SharedPlatform.class)}.
 */
final class SharedPlatform implements BeforeAllCallback {

    static final String BUON_MA_THUOT = "24133";
    static final Duration WAIT = Duration.ofSeconds(60);

    private static volatile Running running;

    record Running(PlatformServices services, PlatformHttp http, PlatformSignIn signIn) implements AutoCloseable {
        @Override
        public void close() {
            services.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedPlatform.class, key -> start(), Running.class);
    }

    static Running platform() {
        if (running == null) {
            throw new IllegalStateException("Register @ExtendWith(SharedPlatform.class)");
        }
        return running;
    }

    static String url(PlatformService service, String path) {
        return platform().services().baseUrl(service) + path;
    }

    private static Running start() {
        try {
            TestInfrastructure infrastructure = TestInfrastructure.shared();
            Path repoRoot = Path.of("").toAbsolutePath().getParent();
            PlatformServices services = PlatformServices.builder(repoRoot)
                    .kafkaBootstrap(infrastructure.kafkaBootstrapServers())
                    .mongoUri(infrastructure.mongoUri())
                    .logDir(Path.of("target", "e2e-logs"))
                    .freePorts()
                    .start(Duration.ofMinutes(6));
            PlatformHttp http = new PlatformHttp();
            // the team directory travels from identity-service to routing-service over Kafka
            http.await(services.baseUrl(PlatformService.ROUTING) + "/api/v1/teams?communeCode=" + BUON_MA_THUOT,
                    body -> body.size() > 0, WAIT);
            return new Running(services, http, new PlatformSignIn(services, http));
        } catch (Exception e) {
            throw new IllegalStateException("The platform did not start", e);
        }
    }
}
