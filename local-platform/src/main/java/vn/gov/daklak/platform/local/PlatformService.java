package vn.gov.daklak.platform.local;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The platform's applications: the four services, and the web console (web pages that call the four), with their
 * Maven module, default HTTP port and runnable jar.
 */
public enum PlatformService {
    FEEDBACK("feedback-service", "feedback", 8081),
    ROUTING("routing-service", "routing", 8082),
    NOTIFICATION("notification-service", "notification", 8083),
    IDENTITY("identity-service", "identity", 8084),
    WEB_CONSOLE("web-console", "web", 8080);

    /** Version of the jars built by this repository. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private final String moduleName;
    private final String shortName;
    private final int defaultPort;

    PlatformService(String moduleName, String shortName, int defaultPort) {
        this.moduleName = moduleName;
        this.shortName = shortName;
        this.defaultPort = defaultPort;
    }

    /** Maven module and directory name, e.g. {@code feedback-service}. */
    public String moduleName() {
        return moduleName;
    }

    /** Short name used in port settings, e.g. {@code feedback} for {@code -Dplatform.port.feedback}. */
    public String shortName() {
        return shortName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** {@code <repoRoot>/<module>/target/<module>-0.1.0-SNAPSHOT-exec.jar}, built by {@code mvn install}. */
    public Path execJar(Path repoRoot) {
        return repoRoot.resolve(moduleName).resolve("target").resolve(moduleName + "-" + VERSION + "-exec.jar");
    }

    /** The four services with an API of their own (OpenAPI, Swagger UI): every one but the web console. */
    public static PlatformService[] apiServices() {
        return new PlatformService[] {FEEDBACK, ROUTING, NOTIFICATION, IDENTITY};
    }

    public boolean hasApi() {
        return this != WEB_CONSOLE;
    }

    /** Finds a service by module name ({@code feedback-service}), short name ({@code feedback}) or constant. */
    public static PlatformService of(String name) {
        return Arrays.stream(values())
                .filter(s -> s.moduleName.equalsIgnoreCase(name) || s.shortName.equalsIgnoreCase(name)
                        || s.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service: " + name));
    }
}
