package vn.gov.daklak.platform.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The launcher's deliberate console output, always UTF-8 (Vietnamese text), whatever the platform charset. */
final class ConsoleBanner {

    static final String DEMO_API_KEY = "daklak-demo-key";
    private static final String LINE = "=".repeat(100);

    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    void ready(LocalPlatformSettings settings, PlatformServices services, Duration startTime) {
        out.println();
        out.println(LINE);
        out.printf(" Đắk Lắk citizen feedback platform is running locally (started in %.1f s)%n",
                startTime.toMillis() / 1000.0);
        out.println(LINE);
        for (PlatformService service : services.services()) {
            String url = services.baseUrl(service);
            out.printf("  %-22s %-24s Swagger UI %s/swagger-ui.html%n", service.moduleName(), url, url);
        }
        out.printf("  %-22s localhost:%d (KRaft broker+controller, controller port %d)%n", "Kafka",
                settings.kafkaPort(), settings.kafkaControllerPort());
        out.printf("  %-22s mongodb://localhost:%d (mongo-java-server stand-in, H2 file)%n", "MongoDB",
                settings.mongoPort());
        out.printf("  %-22s %s  (delete it to start from scratch)%n", "Data", settings.dataDir());
        out.printf("  %-22s %s%n", "Logs", settings.logDir().resolve("<service>.log"));
        out.printf("  %-22s %s  (header X-Api-Key)%n", "Demo channel API key", DEMO_API_KEY);
        out.printf("  %-22s %s  (X-Api-Key, with X-Staff-Id: can-bo-01)%n", "Demo staff console key",
                "daklak-demo-staff-key");
        out.printf("  %-22s %s  (staff demo.admin signs in by a code sent to phone 0900000001;%n", "Demo administrator",
                "PROVINCE_ADMIN");
        out.printf("  %-22s %s  the code is in the local SMS sink: see identity-service/README.md)%n", "", "");
        out.println();
        String feedback = services.baseUrl(PlatformService.FEEDBACK);
        out.println(" Submit a report:");
        out.println("  curl -s -X POST " + feedback + "/api/v1/reports -H 'Content-Type: application/json'"
                + " -H 'X-Api-Key: " + DEMO_API_KEY + "' -d '" + DemoReport.JSON + "'");
        out.println(" then read it back with the id from the answer:");
        out.println("  curl -s " + feedback + "/api/v1/reports/<id> -H 'X-Api-Key: " + DEMO_API_KEY + "'");
        out.println(" and what the resident was told:");
        out.println("  curl -s '" + services.baseUrl(PlatformService.NOTIFICATION)
                + "/api/v1/notifications?reportId=<id>'");
        out.println();
        out.println(" Ctrl-C stops the services, then Kafka, then MongoDB.");
        out.println(LINE);
    }

    void missingJars(MissingJarsException e) {
        error(e.getMessage() + "\n(or run ./run-local.sh --build)");
    }

    void portsInUse(Map<String, Integer> taken) {
        StringBuilder message = new StringBuilder("These ports are already in use:\n");
        taken.forEach((what, port) -> message.append("  ").append(port).append("  ").append(what).append('\n'));
        message.append("Is the platform already running? Otherwise choose other ports, e.g. KAFKA_PORT=19092 or ")
                .append("-Dplatform.port.feedback=18081 (see local-platform/README.md).");
        error(message.toString());
    }

    void error(String message) {
        out.println();
        out.println("*** Local platform did not start ***");
        out.println(message);
    }

    void stopping() {
        out.println("Stopping the local platform...");
    }
}
