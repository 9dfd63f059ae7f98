package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Settings for {@link PlatformServices}; obtain one with {@link PlatformServices#builder(Path)}. */
public final class PlatformServicesBuilder {

    private final Path repoRoot;
    private String kafkaBootstrap = "localhost:9092";
    private String mongoUri = "mongodb://localhost:27017";
    private Path logDir;
    private final Set<PlatformService> services = EnumSet.allOf(PlatformService.class);
    private final Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
    private final List<String> commonArgs = new ArrayList<>();
    private List<String> jvmOptions = ServiceLaunch.JVM_OPTIONS;
    private final Map<PlatformService, List<String>> serviceArgs = new EnumMap<>(PlatformService.class);

    PlatformServicesBuilder(Path repoRoot) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.logDir = this.repoRoot.resolve(".local-data").resolve("logs");
        Arrays.stream(PlatformService.values()).forEach(s -> ports.put(s, s.defaultPort()));
    }

    /** Kafka {@code bootstrap.servers} handed to every service (default {@code localhost:9092}). */
    public PlatformServicesBuilder kafkaBootstrap(String bootstrapServers) {
        this.kafkaBootstrap = bootstrapServers;
        return this;
    }

    /** MongoDB connection string handed to every service (default {@code mongodb://localhost:27017}). */
    public PlatformServicesBuilder mongoUri(String uri) {
        this.mongoUri = uri;
        return this;
    }

    /** Where {@code <module>.log} files go (default {@code <repoRoot>/.local-data/logs}). */
    public PlatformServicesBuilder logDir(Path dir) {
        this.logDir = dir;
        return this;
    }

    /** HTTP port of one service; 0 picks a free port at start. Defaults are 8081 to 8084, and 8080 (web console). */
    public PlatformServicesBuilder port(PlatformService service, int port) {
        ports.put(service, port);
        return this;
    }

    /** Gives every service a free port chosen at start (read them back with {@link PlatformServices#port}). */
    public PlatformServicesBuilder freePorts() {
        ports.replaceAll((service, port) -> 0);
        return this;
    }

    /** Starts only these services instead of all five. */
    public PlatformServicesBuilder only(PlatformService... selected) {
        services.clear();
        services.addAll(Arrays.asList(selected));
        return this;
    }

    /** JVM flags of every service, instead of {@link ServiceLaunch#JVM_OPTIONS}. */
    public PlatformServicesBuilder jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /** Extra Spring Boot arguments for every service, e.g. {@code --logging.level.root=DEBUG}. */
    public PlatformServicesBuilder extraArgs(String... args) {
        commonArgs.addAll(Arrays.asList(args));
        return this;
    }

    /** Extra Spring Boot arguments for one service (placed after the common ones, so they win). */
    public PlatformServicesBuilder extraArgs(PlatformService service, String... args) {
        serviceArgs.computeIfAbsent(service, s -> new ArrayList<>()).addAll(Arrays.asList(args));
        return this;
    }

    /** The launch specifications these settings produce (free ports are chosen now). */
    public List<ServiceLaunch> launches() {
        List<ServiceLaunch> launches = new ArrayList<>();
        Map<PlatformService, Integer> chosen = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            int port = ports.get(service);
            while (port == 0 || chosen.containsValue(port) && ports.get(service) == 0) {
                port = FreePorts.find();
            }
            chosen.put(service, port);
        }
        // identity-service issues the tokens every service checks: its address is the issuer
        String issuer = "http://localhost:" + chosen.get(PlatformService.IDENTITY);
        for (PlatformService service : services) {
            int port = chosen.get(service);
            List<String> args = new ArrayList<>();
            args.add("--platform.security.issuer=" + issuer);
            if (service == PlatformService.IDENTITY) {
                args.add("--identity.issuer=" + issuer);
                // the web console's VNeID sign-in comes back to it where it listens
                args.add("--identity.clients.daklak-web-console-residents.redirect-uris[0]=http://localhost:"
                        + chosen.get(PlatformService.WEB_CONSOLE) + "/sign-in/vneid/callback");
            }
            if (service == PlatformService.WEB_CONSOLE) {
                // the web console calls the other four where they listen
                for (PlatformService api : PlatformService.apiServices()) {
                    args.add("--console.services." + api.shortName() + "=http://localhost:" + chosen.get(api));
                }
            }
            args.addAll(commonArgs);
            args.addAll(serviceArgs.getOrDefault(service, List.of()));
            launches.add(new ServiceLaunch(service, service.execJar(repoRoot), port, kafkaBootstrap, mongoUri,
                    jvmOptions, args, logDir.resolve(service.moduleName() + ".log")));
        }
        return launches;
    }

    /** Starts the selected services concurrently and waits until all are ready; see {@link PlatformServices}. */
    public PlatformServices start(Duration timeout) throws IOException, InterruptedException {
        return PlatformServices.launch(launches(), timeout);
    }
}
