package vn.gov.daklak.platform.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to launch one service as a child JVM: its jar, HTTP port, infrastructure endpoints, extra
 * arguments (any {@code --property=value} Spring Boot accepts; later ones win) and the file that receives its
 * stdout and stderr.
 */
public record ServiceLaunch(PlatformService service, Path jar, int port, String kafkaBootstrap, String mongoUri,
                            List<String> jvmOptions, List<String> extraArgs, Path logFile) {

    /**
     * JVM flags for a child service unless told otherwise ({@link PlatformServicesBuilder#jvmOptions}): C1 only, as
     * five JVMs sharing two cores start within 60 s and serve more reports/s that way (figures in the README).
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    public ServiceLaunch {
        jvmOptions = List.copyOf(jvmOptions);
        extraArgs = List.copyOf(extraArgs);
    }

    /** The full command line: {@code java <jvmOptions> -jar <jar> --server.port=... <extraArgs>}. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.add("--platform.kafka.brokers=" + kafkaBootstrap);
        command.add("--platform.mongodb.uri=" + mongoUri);
        command.add("--spring.profiles.active=local");
        command.addAll(extraArgs);
        return command;
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
